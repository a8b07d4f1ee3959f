/**
 * The words a Copenhagen help center prints, per locale (the theme's `{{t '…'}}` keys and Zendesk's
 * end-user status names). Status text is what requesters see — the class carries the real status
 * (portal-markup.md §1.2: read the class, not the text).
 */
import type { HelpCenterLocale, PriorityKey, ZendeskStatus } from '../data/types';

export interface HelpCenterText {
  htmlLang: string;
  intl: string;
  helpCenterName: string;
  home: string;
  requests: string;
  myRequests: string;
  ccdRequests: string;
  submitRequest: string;
  signOut: string;
  search: string;
  subject: string;
  id: string;
  created: string;
  lastActivity: string;
  status: string;
  requester: string;
  assignee: string;
  group: string;
  priority: string;
  ccs: string;
  ticketDetails: string;
  addReply: string;
  submit: string;
  closedForComments: (followUpHref: string) => { before: string; link: string; href: string; after: string };
  teamMember: (name: string) => string;
  statusName: Record<ZendeskStatus, string>;
  statusDescription: Record<ZendeskStatus, string>;
  /** The React list's Garden tag labels (RequestsTableCell.tsx STATUS_MAPPING). */
  statusTag: Record<ZendeskStatus, string>;
  priorityName: Record<PriorityKey, string>;
  createdDate: string;
  updatedDate: string;
  today: string;
  yesterday: string;
  loading: string;
  download: string;
  previousPage: string;
  nextPage: string;
  homeHeading: string;
  homeIntro: string;
  footer: string;
  notFoundTitle: string;
  notFoundBody: string;
}

const en: HelpCenterText = {
  htmlLang: 'en-US',
  intl: 'en-US',
  helpCenterName: 'Northwind IT Help Center',
  home: 'Northwind IT Help Center',
  requests: 'Requests',
  myRequests: 'My requests',
  ccdRequests: 'Requests I’m CC’d on',
  submitRequest: 'Submit a request',
  signOut: 'Sign out',
  search: 'Search requests',
  subject: 'Subject',
  id: 'Id',
  created: 'Created',
  lastActivity: 'Last activity',
  status: 'Status',
  requester: 'Requester',
  assignee: 'Assignee',
  group: 'Group',
  priority: 'Priority',
  ccs: 'CCs',
  ticketDetails: 'Ticket details',
  addReply: 'Add to conversation',
  submit: 'Submit',
  closedForComments: (href) => ({ before: 'This request is closed for comments. You can ', link: 'create a follow-up', href, after: '.' }),
  teamMember: (name) => `${name} is a team member`,
  statusName: { new: 'Open', open: 'Open', pending: 'Awaiting your reply', hold: 'Open', solved: 'Solved', closed: 'Solved' },
  statusDescription: {
    new: 'We are working on your request',
    open: 'We are working on your request',
    pending: 'We are waiting for you to respond',
    hold: 'We are working on your request',
    solved: 'We believe this request is solved',
    closed: 'This request is closed',
  },
  statusTag: { new: 'Open', open: 'Open', pending: 'Awaiting reply', hold: 'Open', solved: 'Solved', closed: 'Solved' },
  priorityName: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  createdDate: 'Created date',
  updatedDate: 'Updated date',
  today: 'Today',
  yesterday: 'Yesterday',
  loading: 'Loading requests…',
  download: 'Download',
  previousPage: 'Previous',
  nextPage: 'Next',
  homeHeading: 'How can we help, Acme Logistics?',
  homeIntro: 'Report an IT problem, ask for access or equipment, and follow your requests with the Northwind IT service desk.',
  footer: 'Northwind IT — managed IT services. Service desk: Monday to Friday, 08:00–18:00.',
  notFoundTitle: 'Oops, we couldn’t find that page',
  notFoundBody: 'The page you were looking for doesn’t exist. You may have mistyped the address or the page may have moved.',
};

const fr: HelpCenterText = {
  htmlLang: 'fr-FR',
  intl: 'fr-FR',
  helpCenterName: 'Centre d’assistance Northwind IT',
  home: 'Centre d’assistance Northwind IT',
  requests: 'Demandes',
  myRequests: 'Mes demandes',
  ccdRequests: 'Demandes dont je suis en copie',
  submitRequest: 'Envoyer une demande',
  signOut: 'Déconnexion',
  search: 'Rechercher dans les demandes',
  subject: 'Objet',
  id: 'Id',
  created: 'Créée',
  lastActivity: 'Dernière activité',
  status: 'Statut',
  requester: 'Demandeur',
  assignee: 'Assigné à',
  group: 'Groupe',
  priority: 'Priorité',
  ccs: 'Copies',
  ticketDetails: 'Détails du ticket',
  addReply: 'Ajouter à la conversation',
  submit: 'Envoyer',
  closedForComments: (href) => ({ before: 'Cette demande est fermée aux commentaires. Vous pouvez ', link: 'créer un suivi', href, after: '.' }),
  teamMember: (name) => `${name} est membre de l’équipe`,
  statusName: {
    new: 'Ouverte',
    open: 'Ouverte',
    pending: 'En attente de votre réponse',
    hold: 'Ouverte',
    solved: 'Résolue',
    closed: 'Résolue',
  },
  statusDescription: {
    new: 'Nous traitons votre demande',
    open: 'Nous traitons votre demande',
    pending: 'Nous attendons votre réponse',
    hold: 'Nous traitons votre demande',
    solved: 'Nous pensons que cette demande est résolue',
    closed: 'Cette demande est fermée',
  },
  statusTag: { new: 'Ouverte', open: 'Ouverte', pending: 'En attente de réponse', hold: 'Ouverte', solved: 'Résolue', closed: 'Résolue' },
  priorityName: { low: 'Faible', normal: 'Normale', high: 'Élevée', urgent: 'Urgente' },
  createdDate: 'Date de création',
  updatedDate: 'Date de mise à jour',
  today: 'Aujourd’hui',
  yesterday: 'Hier',
  loading: 'Chargement des demandes…',
  download: 'Télécharger',
  previousPage: 'Précédent',
  nextPage: 'Suivant',
  homeHeading: 'Comment pouvons-nous vous aider ?',
  homeIntro: 'Signalez un problème informatique, demandez un accès ou du matériel et suivez vos demandes auprès du support Northwind IT.',
  footer: 'Northwind IT — services informatiques managés. Support : du lundi au vendredi, de 8 h à 18 h.',
  notFoundTitle: 'Oups, page introuvable',
  notFoundBody: 'La page que vous recherchez n’existe pas. L’adresse est peut-être erronée ou la page a été déplacée.',
};

export const HELP_CENTER_TEXT: Record<HelpCenterLocale, HelpCenterText> = { 'en-us': en, 'fr-fr': fr };
