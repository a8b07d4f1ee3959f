import type { Catalogue } from './catalogue';

/** French: singular below 2 ("1,5 jour", "0 relance"). */
const plural = (n: number, one: string, many: string) => (Math.abs(n) < 2 ? one : many);
const times = (n: number) => (n === 1 ? 'une fois' : `${n} fois`);

export const fr: Catalogue = {
  intl: 'fr-FR',
  decimal: ',',
  signs: {
    followUps: (count, last) => `Vous avez relancé ${times(count)} — dernière relance le ${last}`,
    technicians: (count, path) => `Passé entre ${count} techniciens : ${path}`,
    pingPong: (count, path) => `Allers-retours entre ${count} techniciens : ${path}`,
    responders: (count, names) => `Réponses de ${count} techniciens différents : ${names}`,
    firstReplySlow: (duration) => `Première réponse après ${duration}`,
    noReplyYet: (duration) => `Toujours pas de réponse après ${duration}`,
    waiting: (since, duration) => `En attente d’une réponse depuis le ${since} (${duration})`,
    silence: (duration) => `Aucune nouvelle du prestataire depuis ${duration}`,
    reopened: (count) => `Rouvert ${times(count)}`,
    disputed: (date) => `Vous avez signalé le ${date} que le problème persistait`,
    fastReplySlowFix: (resolution, firstReply) => `Résolu en ${resolution} après une première réponse en ${firstReply}`,
    slowFix: (resolution, target) => `Résolution en ${resolution} (objectif ${target})`,
    openFor: (days) => `Ouvert depuis ${days} ${plural(days, 'jour', 'jours')}`,
    cameBack: (ticketId, days) => `Problème revenu : ressemble au #${ticketId}, résolu ${days === 0 ? 'le jour même' : `${days} ${plural(days, 'jour', 'jours')} plus tôt`}`,
  },
  durations: {
    minutes: (value) => `${value} ${plural(value, 'minute', 'minutes')}`,
    businessHours: (value, n) => `${value} ${plural(n, 'heure ouvrée', 'heures ouvrées')}`,
    businessDays: (value, n) => `${value} ${plural(n, 'jour ouvré', 'jours ouvrés')}`,
    hours: (value) => `${value} ${plural(value, 'heure', 'heures')}`,
    days: (value) => `${value} ${plural(value, 'jour', 'jours')}`,
  },
  badge: {
    followUps: (count) => `${count} ${plural(count, 'relance', 'relances')}`,
    technicians: (count) => `${count} techniciens`,
    reopens: (count) => `rouvert ${times(count)}`,
    openDays: (days) => `ouvert depuis ${days} ${plural(days, 'jour', 'jours')}`,
    resolvedIn: (duration) => `résolu en ${duration}`,
    noSigns: 'aucun signal d’alerte',
  },
};
