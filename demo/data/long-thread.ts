/**
 * One long ticket: 44 public comments, more than one comment page (30 per page), so the scraper must
 * read `?page=2#comments` and the store must union the pages (DESIGN.md data flow 2).
 */
import { client, partner } from './people';
import type { DemoComment, DemoTicket, Person } from './types';
import { businessDaysAgo, type ClockTime } from './when';

const { maria, lars } = client;
const { priya, daniel, jonas, elena } = partner;

/** The conversation, oldest first. */
const LINES: ReadonlyArray<readonly [Person, string]> = [
  [maria, 'The Rotterdam depot loses its internet connection several times a day, for 2–5 minutes each time. Scanners and the TMS go offline with it.'],
  [priya, 'Thanks Maria. I can see the depot’s firewall dropping its WAN link in our monitoring. Passing this to our network team.'],
  [daniel, 'I’m looking at it. The WAN interface flaps; could be the ISP. I’ll open a case with them.'],
  [lars, 'It dropped again at 14:05 and 14:40 today.'],
  [daniel, 'The ISP sees no fault on their side. I’ll put a packet capture on the firewall.'],
  [maria, 'Three drops this morning, one during the 10:00 loading wave.'],
  [daniel, 'The capture shows the link going down at the physical layer. Next step: check the ISP router and cabling on site.'],
  [jonas, 'I’ll be in Rotterdam on Thursday and will check the patching in the comms cabinet.'],
  [jonas, 'Replaced the patch cable between the ISP router and our firewall; it was kinked behind the cabinet door.'],
  [lars, 'No drops yesterday afternoon. Fingers crossed.'],
  [lars, 'It dropped twice again this morning, at 08:12 and 09:47.'],
  [daniel, 'Not the cable, then. I’ve asked the ISP to replace their router.'],
  [maria, 'Any update on this? The depot manager is asking me every day.'],
  [daniel, 'The ISP will swap the router on Monday between 07:00 and 08:00.'],
  [lars, 'The ISP technician came and swapped the router.'],
  [daniel, 'Thanks Lars. I’ll watch the link over the next days.'],
  [lars, 'Two drops today, around lunch time.'],
  [daniel, 'Same symptom with the new router. I’m now suspecting our firewall’s WAN port.'],
  [daniel, 'I’ve moved the WAN link to port 3 on the firewall.'],
  [maria, 'Still dropping, 4 times yesterday. The TMS lost two shipments’ status updates.'],
  [priya, 'Daniel is on leave until Wednesday; Elena from our network team is taking over.'],
  [elena, 'Hi Maria, I’ve read the history. I’ll compare the drop times with the firewall’s logs and the ISP’s.'],
  [elena, 'The drops coincide with DHCP lease renewals on the WAN side. I’ve asked the ISP for a static IP.'],
  [maria, 'Thanks Elena, that sounds promising.'],
  [elena, 'The ISP can provide a static IP, but it needs a contract change signed by Acme.'],
  [maria, 'Contract change signed and sent to the ISP this morning.'],
  [elena, 'The ISP confirmed; the static IP goes live on Friday at 06:00.'],
  [lars, 'Friday morning: no drops so far.'],
  [elena, 'The firewall is now using the static IP. I’ll keep the ticket open for a week to be sure.'],
  [lars, 'One short drop at 11:20 today, maybe 30 seconds.'],
  [elena, 'That one was a planned ISP maintenance, announced to us this morning. Sorry we didn’t forward it.'],
  [maria, 'Please forward those announcements to me in future.'],
  [elena, 'Will do — I’ve added you to the ISP’s notification list.'],
  [lars, 'No drops for three days now.'],
  [daniel, 'Back from leave. Elena briefed me; I’ll finish the follow-up here.'],
  [daniel, 'I’ve set up an alert so we see any WAN drop within a minute.'],
  [lars, 'A drop at 15:02 today, about 3 minutes. The scanners went offline.'],
  [daniel, 'The alert caught it: the static IP stayed, but the ISP’s line went down. I’ve reopened the case with the ISP.'],
  [maria, 'Just following up on this — the depot has had a week of occasional drops again.'],
  [daniel, 'The ISP found a faulty line card at their exchange and replaced it last night.'],
  [lars, 'Quiet day, no drops.'],
  [jonas, 'I checked the comms cabinet while on site: all links are stable and the firewall is on the latest firmware.'],
  [maria, 'Thanks. Can we keep this open until the end of the month to be sure?'],
  [daniel, 'Yes, we’ll keep it open and monitor until the end of the month.'],
];

/** Three comments per working day, from 16 working days ago, at office-hour clock times. */
const SLOTS: readonly ClockTime[] = ['09:18:40', '11:52:07', '15:26:33'];

function schedule(): DemoComment[] {
  return LINES.map(([author, text], index) => {
    const day = 16 - Math.floor(index / SLOTS.length);
    const slot = SLOTS[index % SLOTS.length] ?? '12:00:00';
    return { author, at: businessDaysAgo(day, slot), body: [text] };
  });
}

export const longThreadTicket: DemoTicket = {
  id: 48221,
  locale: 'en-us',
  subject: 'Intermittent internet outages at the Rotterdam depot',
  requester: maria,
  ccs: [lars],
  assignee: daniel,
  group: 'Infrastructure',
  priority: 'high',
  status: 'open',
  comments: schedule(),
  scenario: 'Long thread: 44 public comments over two comment pages (?page=1, ?page=2), four technicians',
  expectedSigns: ['4 technicians with ping-pong (alert)', 'follow-ups', 'open ≈ 3 weeks (watch, 10–30 days)'],
  expectedLevel: 'alert',
};
