/** `npm run demo -- --scenarios`: what each demo ticket shows and which warning signs it should raise. */
import { demoTickets, type DemoTicket } from './data';

export function formatScenarioTable(tickets: readonly DemoTicket[] = demoTickets): string {
  const lines = tickets.map((ticket) => {
    const signs = ticket.expectedSigns.length ? ticket.expectedSigns.join('; ') : 'no warning sign';
    return `#${ticket.id} [${ticket.locale}] ${ticket.status.padEnd(7)} ${ticket.expectedLevel.padEnd(5)}  ${ticket.subject}\n    ${ticket.scenario}\n    → ${signs}`;
  });
  return lines.join('\n');
}
