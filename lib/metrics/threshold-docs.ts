/** What each threshold means, its unit and where its default comes from (shown next to it in Settings). */
import type { Thresholds } from '../model/settings';

export interface ThresholdDoc {
  label: string;
  unit: 'business hours' | 'business days' | 'calendar days' | 'minutes' | 'count' | 'ratio' | 'times the target';
  source: string;
}

export const THRESHOLD_DOCS: Record<keyof Thresholds, ThresholdDoc> = {
  firstResponseWatchHours: { label: 'First reply: watch after', unit: 'business hours', source: 'metrics.md §9.2 M1 (no contract target)' },
  firstResponseAlertHours: { label: 'First reply: alert after', unit: 'business hours', source: 'metrics.md §9.2 M1; Zendesk ">24 hrs" bracket' },
  urgentFirstResponseAlertHours: { label: 'Urgent first reply: alert after', unit: 'business hours', source: 'metrics.md §9.2 M1; published MSP SLAs (P1: 15 min, 1 business hour)' },
  waitWatchDays: { label: 'Your wait: watch after', unit: 'business days', source: 'metrics.md §9.2 M2; Zendesk next reply time' },
  waitAlertDays: { label: 'Your wait: alert after', unit: 'business days', source: 'metrics.md §9.2 M2; SupportLogic "2 or more days"' },
  silenceWatchDays: { label: 'Partner silence: watch after', unit: 'business days', source: 'metrics.md §9.2 M3; frappe #3182' },
  silenceAlertDays: { label: 'Partner silence: alert after', unit: 'business days', source: 'metrics.md §9.2 M3' },
  followUpsWatch: { label: 'Follow-ups: watch from', unit: 'count', source: 'metrics.md §9.2 M4' },
  followUpsAlert: { label: 'Follow-ups: alert from', unit: 'count', source: 'metrics.md §9.2 M4' },
  chaserSilenceDays: { label: 'A chaser phrase counts after partner silence of', unit: 'business days', source: 'metrics.md §9.2 M4 (b)' },
  turnMergeMinutes: { label: 'Your messages closer than this are one', unit: 'minutes', source: 'metrics.md §9.2 M2; Capturi 15-minute window' },
  ownersWatch: { label: 'Technicians: watch from', unit: 'count', source: 'metrics.md §9.2 M5; Zendesk assignee stations' },
  ownersAlert: { label: 'Technicians: alert from', unit: 'count', source: 'metrics.md §9.2 M5' },
  resolutionAlertFactor: { label: 'Resolution: alert beyond', unit: 'times the target', source: 'metrics.md §9.2 M6 ("red if > 2× target")' },
  reopensWatch: { label: 'Reopens or disputes: watch from', unit: 'count', source: 'metrics.md §9.2 M7' },
  reopensAlert: { label: 'Reopens or disputes: alert from', unit: 'count', source: 'metrics.md §9.2 M7' },
  ageWatchDays: { label: 'Open ticket: watch from', unit: 'calendar days', source: 'metrics.md §9.2 M9; HDI backlog bands' },
  ageAlertDays: { label: 'Open ticket: alert beyond', unit: 'calendar days', source: 'metrics.md §9.2 M9; HDI backlog bands' },
  recurrenceAlertDays: { label: 'Problem came back: alert within', unit: 'calendar days', source: 'metrics.md §9.2 M8' },
  recurrenceWatchDays: { label: 'Problem came back: watch within', unit: 'calendar days', source: 'metrics.md §9.2 M8' },
  recurrenceSimilarity: { label: 'Tickets are "the same problem" from similarity', unit: 'ratio', source: 'metrics.md §9.2 M8; rubyclassifier θ = 0.6' },
  autoReplyMinutes: { label: 'Automated acknowledgements within', unit: 'minutes', source: 'metrics.md §9.1 is_auto' },
};
