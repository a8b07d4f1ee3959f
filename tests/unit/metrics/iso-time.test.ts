import { describe, expect, test } from 'vitest';
import { daysFromCivil, parseIsoUtc } from '../../../lib/metrics/iso-time';

describe('stored ISO 8601 UTC times (DESIGN.md data contract) parsed without Date.parse', () => {
  test.each([
    ['2024-03-04T09:00:00Z', 1709542800000],
    ['2024-03-04T09:00:00.5Z', 1709542800500],
    ['2024-03-04T09:00:00.25Z', 1709542800250],
    ['2024-03-04T09:00:00.123Z', 1709542800123],
    ['1969-12-31T23:59:59Z', -1000],
    ['2000-02-29T00:00:00Z', 951782400000],
  ])('%s', (text, expected) => {
    expect(parseIsoUtc(text)).toBe(expected);
  });

  test.each([['2024-03-04T10:00:00+01:00', 1709542800000], ['not a date', NaN], ['2024-13-01T00:00:00Z', NaN]])('anything else as Date.parse: %s', (text, expected) => {
    expect(parseIsoUtc(text)).toBe(expected);
  });

  test.each([[1970, 1, 1, 0], [2024, 3, 4, 19786], [2000, 3, 1, 11017], [1600, 1, 1, -135140]])('days from the civil date %i-%i-%i', (year, month, day, expected) => {
    expect(daysFromCivil(year, month, day)).toBe(expected);
  });
});
