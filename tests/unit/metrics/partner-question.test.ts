import { describe, expect, test } from 'vitest';
import { endsWithQuestion } from '../../../lib/metrics/partner-question';

describe('a partner message ending in a question (metrics.md §9.2 M4: "not an answer to a partner question")', () => {
  test.each([
    ['Can you send the log?', true],
    ['Pouvez-vous envoyer le journal ?', true],
    ['Can you send the log? ', true],
    ['Can you send the log?\n\nBest regards,\nAna Silva', true],
    ['Can you send the log?\n\nThanks,\nAna', true],
    ['Pouvez-vous redémarrer le poste ?\n\nCordialement,\nMarc Dupont\nService Desk', true],
    ['Could you try again? Thanks!', true],
    ['Did it work? 🙂', true],
    ['I replaced the dock.', false],
    ['Is it fixed? I replaced the dock, it should work now.', false],
    ['I replaced the dock.\n\nBest regards,\nAna', false],
    ['Did you reboot?\nBest way is to reboot first, then test again.', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(endsWithQuestion(text)).toBe(expected);
  });
});
