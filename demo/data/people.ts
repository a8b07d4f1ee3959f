/** The cast: Acme Logistics (the client) and Northwind IT (the partner). All invented. */
import type { Person } from './types';

function person(id: number, name: string, agent: boolean, colour: string): Person {
  return { id, name, agent, colour };
}

/** Acme Logistics — end users, shown without the agent icon. */
export const client = {
  maria: person(360011, 'Maria Jensen', false, '#3d7ea6'),
  tom: person(360012, 'Tom Becker', false, '#6a8d3a'),
  lars: person(360013, 'Lars Nilsson', false, '#9a6324'),
  sofie: person(360021, 'Sofie Laurent', false, '#a63d6b'),
  lucas: person(360022, 'Lucas Martin', false, '#4f5d9a'),
} as const;

/** Northwind IT — agents, shown with `svg.icon-agent`. */
export const partner = {
  priya: person(910001, 'Priya Raman', true, '#1f7a6d'),
  daniel: person(910002, 'Daniel Okafor', true, '#7a3e1f'),
  elena: person(910003, 'Elena Petrova', true, '#5b2a86'),
  jonas: person(910004, 'Jonas Berg', true, '#2a5b86'),
  marc: person(910005, 'Marc Dubois', true, '#86502a'),
  camille: person(910006, 'Camille Roux', true, '#2a8650'),
  /** The trigger/automation user that posts acknowledgements. */
  support: person(910000, 'Northwind IT Support', true, '#555f6b'),
} as const;

export const everyone: readonly Person[] = [...Object.values(client), ...Object.values(partner)];

/** The signed-in end user per help-center locale (HelpCenter.user in the page). */
export const signedInUser = { 'en-us': client.maria, 'fr-fr': client.sofie } as const;

export const PARTNER_NAME = 'Northwind IT';
export const CLIENT_ORGANISATION = 'Acme Logistics';
