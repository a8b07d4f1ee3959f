/** French tickets of Acme Logistics' Lyon site (signed-in requester: Sofie Laurent), served under /hc/fr-fr/. */
import { client, partner } from './people';
import { comment } from './comment';
import type { DemoTicket } from './types';
import { businessDaysAgo as bd, daysAgo } from './when';

const { sofie, lucas } = client;
const { marc, camille } = partner;

export const frenchTickets: readonly DemoTicket[] = [
  {
    id: 48230,
    locale: 'fr-fr',
    subject: 'Accès VPN impossible depuis le site de Lyon',
    requester: sofie,
    assignee: marc,
    group: 'Réseau',
    priority: 'high',
    status: 'open',
    comments: [
      comment(sofie, bd(9, '09:05:11'),
        'Bonjour, depuis lundi personne au site de Lyon ne peut se connecter au VPN (erreur 809). Les collègues de Paris n’ont pas le problème.',
        'Merci de regarder rapidement : les commerciaux n’ont plus accès à l’ERP en déplacement.'),
      comment(sofie, bd(7, '10:30:42'), 'Des nouvelles ? Toujours l’erreur 809 ce matin.'),
      comment(sofie, bd(6, '14:10:05'), 'Je relance : l’équipe commerciale travaille sans accès à l’ERP depuis trois jours.'),
      comment(sofie, bd(4, '09:45:37'), 'Toujours en attente d’un retour… Pouvez-vous au moins confirmer la prise en charge ?'),
      comment(marc, bd(3, '11:20:16'),
        'Bonjour Sofie, toutes nos excuses pour ce délai. Le certificat du VPN du site de Lyon a expiré ; je le renouvelle aujourd’hui et vous tiens informée.'),
    ],
    scenario: 'French: chased three times ("Des nouvelles ?", "Je relance", "Toujours en attente"), first reply after 6 business days',
    expectedSigns: ['3 relances (alert)', 'première réponse ≈ 6 jours ouvrés (alert)', 'ouvert ≈ 2 semaines (watch)'],
    expectedLevel: 'alert',
  },
  {
    id: 48231,
    locale: 'fr-fr',
    subject: 'Création de compte pour une nouvelle assistante à l’accueil',
    requester: sofie,
    assignee: camille,
    group: 'Support',
    priority: 'normal',
    status: 'solved',
    comments: [
      comment(sofie, bd(2, '09:30:58'),
        'Bonjour, pouvez-vous créer un compte pour Claire Moreau, nouvelle assistante à l’accueil de Lyon, à partir de jeudi ? Mêmes accès que Julie Petit.'),
      comment(camille, bd(2, '10:15:24'),
        'Bonjour Sofie, le compte claire.moreau est créé avec les mêmes groupes que Julie Petit. Le mot de passe provisoire a été envoyé par SMS à votre numéro. Je passe la demande en résolue.'),
    ],
    scenario: 'French: solved fast, one touch',
    expectedSigns: [],
    expectedLevel: 'ok',
  },
  {
    id: 48232,
    locale: 'fr-fr',
    subject: 'Écran noir au démarrage du poste de l’accueil',
    requester: sofie,
    ccs: [lucas],
    assignee: camille,
    group: 'Support',
    priority: 'normal',
    status: 'pending',
    comments: [
      comment(lucas, bd(2, '14:20:47'), 'Le PC de l’accueil (LY-PC-017) reste sur un écran noir après le logo Windows.'),
      comment(camille, bd(2, '15:05:19'),
        'Bonjour Lucas, pouvez-vous brancher l’écran sur l’autre port vidéo (DisplayPort) et nous dire si l’image revient ?'),
    ],
    scenario: 'French: pending, waiting on the client (not a warning)',
    expectedSigns: [],
    expectedLevel: 'ok',
  },
  {
    id: 48233,
    locale: 'fr-fr',
    subject: 'Lenteurs sur le lecteur partagé L: à Lyon',
    requester: sofie,
    assignee: marc,
    group: 'Réseau',
    priority: 'normal',
    status: 'open',
    comments: [
      comment(sofie, daysAgo(12, '10:00:36'), 'Depuis la semaine dernière, l’ouverture des fichiers Excel sur le lecteur partagé L: prend plus d’une minute à Lyon.'),
      comment(marc, daysAgo(12, '11:30:09'), 'Bonjour Sofie, je regarde la liaison entre Lyon et le datacenter.'),
      comment(camille, daysAgo(9, '15:00:28'),
        'Je reprends la demande pendant l’absence de Marc. Pouvez-vous nous indiquer les heures où c’est le plus lent ?'),
      comment(sofie, daysAgo(9, '16:10:51'), 'Surtout entre 9 h et 11 h, tous les jours.'),
      comment(marc, daysAgo(5, '10:20:44'),
        'De retour sur le sujet : la sauvegarde du serveur tourne de 8 h à 11 h et sature la liaison. Je la décale à 22 h à partir de ce soir.'),
      comment(sofie, daysAgo(2, '09:40:02'), 'C’est un peu mieux, mais encore lent le matin.'),
    ],
    scenario: 'French: open 12 days, Marc → Camille → Marc, the client waiting since her last message',
    expectedSigns: ['ouvert 12 jours (watch)', '3 passages de main Marc → Camille → Marc (watch)', 'en attente du prestataire (watch)'],
    expectedLevel: 'watch',
  },
];
