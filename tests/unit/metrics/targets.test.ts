import { describe, expect, test } from 'vitest';
import { priorityLevel, targetsFor } from '../../../lib/metrics/targets';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

const H = 3_600_000;

describe('priority text → level (metrics.md §9.2 M1/M6 "by priority")', () => {
  test.each([
    ['Urgent', 'urgent'], ['Critical', 'urgent'], ['P1', 'urgent'], ['P1 - Critical', 'urgent'], ['Urgente', 'urgent'], ['Highest', 'urgent'],
    ['High', 'high'], ['Élevée', 'high'], ['Haute', 'high'], ['P2', 'high'], ['Very high', 'high'], ['Très haute', 'high'],
    ['Normal', 'normal'], ['Medium', 'normal'], ['Moyenne', 'normal'], ['P3', 'normal'],
    ['Low', 'low'], ['Basse', 'low'], ['Faible', 'low'], ['P4', 'low'], ['Lowest', 'low'],
    ['Whenever', 'normal'], ['', 'normal'], [undefined, 'normal'],
  ])('%s → %s', (text, level) => {
    expect(priorityLevel(text)).toBe(level);
  });
});

describe('targets: contract when entered, else the reference defaults (metrics.md §9.2 M1, M6)', () => {
  test.each([
    ['normal, no contract: M1 8 / 24 business h; M6 16 business h (2 days), alert 32', 'Normal', {}, [8, 24, 16, 32]],
    ['high, no contract: M1 thresholds 8 / 24; M6 8 h', 'High', {}, [8, 24, 8, 16]],
    ['urgent, no contract: M1 15 min / 1 business h; M6 4 h', 'Urgent', {}, [0.25, 1, 4, 8]],
    ['low, no contract: M6 5 business days (40 h)', 'Low', {}, [8, 24, 40, 80]],
    ['contract for normal: target, then 2× target', 'Normal', { normal: { firstResponseHours: 4, resolutionHours: 24 } }, [4, 8, 24, 48]],
    ['a contract for another priority does not apply', 'Normal', { urgent: { firstResponseHours: 0.5, resolutionHours: 2 } }, [8, 24, 16, 32]],
  ])('%s', (_name, priority, targets, [watch, alert, resolution, resolutionAlert]) => {
    const result = targetsFor(priority, { ...DEFAULT_SETTINGS, targets });
    expect([result.firstResponseWatchMs / H, result.firstResponseAlertMs / H, result.resolutionTargetMs / H, result.resolutionAlertMs / H]).toEqual([
      watch, alert, resolution, resolutionAlert,
    ]);
  });

  test('Settings.thresholds set the no-contract first-response bounds', () => {
    const settings = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, firstResponseWatchHours: 4, firstResponseAlertHours: 12 } };
    const result = targetsFor('P3', settings);
    expect([result.firstResponseWatchMs / H, result.firstResponseAlertMs / H, result.contractFirstResponse]).toEqual([4, 12, false]);
  });

  test('Settings.thresholds.urgentFirstResponseAlertHours sets the urgent alert bound (metrics.md §9.2 M1, P1 SLAs)', () => {
    const settings = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, urgentFirstResponseAlertHours: 2 } };
    const urgent = targetsFor('P1 - Critical', settings);
    expect([urgent.firstResponseWatchMs / H, urgent.firstResponseAlertMs / H]).toEqual([0.25, 2]);
    // Other priorities keep their own bounds.
    expect(targetsFor('Normal', settings).firstResponseAlertMs / H).toBe(24);
  });
});
