/**
 * Words of the extension pages (popup, dashboard) in English and French, chosen by the browser's
 * language (or the user's setting). Sign messages and badge labels come translated from lib/metrics.
 */
import type { Locale } from '../lib/metrics';

const en = {
  appName: 'Plumbline',
  loading: 'Loading…',
  enable: 'Enable on this site',
  disable: 'Disable on this site',
  openDashboard: 'Open dashboard',
  notWeb: 'Plumbline works on your IT partner’s helpdesk portal. Open a ticket or your ticket list there.',
  notEnabled: (host: string) => `Plumbline is not reading ${host}. Enable it if this is your IT partner’s helpdesk portal: it will ask for access to this site only.`,
  enabling: 'Waiting for your permission…',
  enableRefused: 'Access was not granted, so Plumbline stays off on this site.',
  reloadHint: 'Plumbline is enabled here. Reload the page so it can start reading it.',
  notRecognised: 'No ticket or ticket list recognised on this page. Open one of your tickets, or the list of your requests.',
  teach: 'Teach Plumbline this portal',
  teachHint: 'If this is one of your tickets on a portal Plumbline does not know yet, show it where the messages are: seven clicks on this page.',
  problem: 'Plumbline could not use this page:',
  ticketHeading: (id: string) => `Ticket #${id}`,
  noHistory: 'Not stored yet — the page is being read.',
  level: { ok: 'OK', watch: 'Watch', alert: 'Alert' },
  metrics: {
    followUps: 'Follow-ups',
    handoffs: 'Handoffs',
    responders: 'Technicians',
    reopens: 'Reopens',
    firstResponse: 'First response',
    resolution: 'Resolution',
    age: 'Age',
    waitingSince: 'Waiting since',
  },
  none: '—',
  longestWait: 'Longest wait for a reply (business time)',
  accountableResolution: 'Resolution without waits on you (business time)',
  noReplyYet: 'no reply yet',
  notResolved: 'not resolved',
  businessTime: (value: string) => `${value} business time`,
  signsHeading: 'Warning signs',
  noSigns: 'No warning signs.',
  followUpsHeading: 'Messages counted as follow-ups',
  listHeading: 'Tickets on this page',
  listSummary: (rows: number, visited: number) => `${rows} tickets on this page, ${visited} with a stored history.`,
  listCounts: (alert: number, watch: number, ok: number) => `${alert} alert · ${watch} watch · ${ok} OK`,
  notVisited: 'not visited yet',
  storedTickets: (n: number) => (n === 1 ? '1 ticket stored' : `${n} tickets stored`),
};

export type UiStrings = typeof en;

const fr: UiStrings = {
  appName: 'Plumbline',
  loading: 'Chargement…',
  enable: 'Activer sur ce site',
  disable: 'Désactiver sur ce site',
  openDashboard: 'Ouvrir le tableau de bord',
  notWeb: 'Plumbline fonctionne sur le portail d’assistance de votre prestataire informatique. Ouvrez-y un ticket ou la liste de vos demandes.',
  notEnabled: (host: string) => `Plumbline ne lit pas ${host}. Activez-le s’il s’agit du portail d’assistance de votre prestataire : l’accès sera demandé pour ce site seulement.`,
  enabling: 'En attente de votre autorisation…',
  enableRefused: 'L’accès n’a pas été accordé : Plumbline reste inactif sur ce site.',
  reloadHint: 'Plumbline est activé ici. Rechargez la page pour qu’il commence à la lire.',
  notRecognised: 'Aucun ticket ni liste de tickets reconnu sur cette page. Ouvrez un de vos tickets ou la liste de vos demandes.',
  teach: 'Apprendre ce portail à Plumbline',
  teachHint: 'Si c’est un de vos tickets sur un portail que Plumbline ne connaît pas encore, montrez-lui où sont les messages : sept clics sur cette page.',
  problem: 'Plumbline n’a pas pu utiliser cette page :',
  ticketHeading: (id: string) => `Ticket n° ${id}`,
  noHistory: 'Pas encore enregistré — la page est en cours de lecture.',
  level: { ok: 'OK', watch: 'À surveiller', alert: 'Alerte' },
  metrics: {
    followUps: 'Relances',
    handoffs: 'Changements de main',
    responders: 'Techniciens',
    reopens: 'Réouvertures',
    firstResponse: 'Première réponse',
    resolution: 'Résolution',
    age: 'Âge',
    waitingSince: 'En attente depuis',
  },
  none: '—',
  longestWait: 'Plus longue attente d’une réponse (temps ouvré)',
  accountableResolution: 'Résolution hors attentes de votre côté (temps ouvré)',
  noReplyYet: 'pas encore de réponse',
  notResolved: 'non résolu',
  businessTime: (value: string) => `${value} ouvrés`,
  signsHeading: 'Signaux d’alerte',
  noSigns: 'Aucun signal d’alerte.',
  followUpsHeading: 'Messages comptés comme relances',
  listHeading: 'Tickets de cette page',
  listSummary: (rows: number, visited: number) => `${rows} tickets sur cette page, ${visited} avec un historique enregistré.`,
  listCounts: (alert: number, watch: number, ok: number) => `${alert} en alerte · ${watch} à surveiller · ${ok} OK`,
  notVisited: 'pas encore consulté',
  storedTickets: (n: number) => (n <= 1 ? `${n} ticket enregistré` : `${n} tickets enregistrés`),
};

export function uiStrings(locale: Locale): UiStrings {
  return locale === 'fr' ? fr : en;
}
