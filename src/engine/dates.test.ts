import { afterEach, describe, expect, it, vi } from 'vitest';
import { localIsoDate, today } from './dates';

describe('localIsoDate in Europe/Berlin', () => {
  it.each([
    ['2026-12-01T22:59:59Z', '2026-12-01'], // 23:59:59 CET
    ['2026-12-01T23:00:00Z', '2026-12-02'], // midnight CET
    ['2026-12-01T23:30:00Z', '2026-12-02'], // 00:30 CET: UTC still says 1 December
    ['2026-06-30T21:59:59Z', '2026-06-30'], // 23:59:59 CEST
    ['2026-06-30T22:30:00Z', '2026-07-01'], // 00:30 CEST
    ['2026-03-28T23:30:00Z', '2026-03-29'], // the night summer time begins
    ['2026-10-24T22:30:00Z', '2026-10-25'], // the night summer time ends
    ['2026-12-31T23:30:00Z', '2027-01-01'], // new year
  ])('%s is %s', (instant, date) => {
    expect(localIsoDate(new Date(instant), 'Europe/Berlin')).toBe(date);
  });

  it('differs from the UTC date after midnight', () => {
    const instant = new Date('2026-12-01T23:30:00Z');
    expect(instant.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(localIsoDate(instant, 'Europe/Berlin')).toBe('2026-12-02');
  });
});

describe('localIsoDate in the device time zone', () => {
  const zoneBefore = process.env.TZ;
  afterEach(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it.each([
    ['Europe/Berlin', '2026-12-01T23:30:00Z', '2026-12-02'],
    ['Europe/Berlin', '2026-12-01T22:59:59Z', '2026-12-01'],
    ['Europe/Berlin', '2026-03-28T23:30:00Z', '2026-03-29'],
    ['Europe/Berlin', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['America/New_York', '2026-12-02T03:30:00Z', '2026-12-01'],
    ['UTC', '2026-12-01T23:30:00Z', '2026-12-01'],
  ])('in %s, %s is %s, as Intl says for that zone', (zone, instant, date) => {
    process.env.TZ = zone;
    expect(localIsoDate(new Date(instant))).toBe(date);
    expect(localIsoDate(new Date(instant), zone)).toBe(date);
  });
});

describe('today', () => {
  afterEach(() => vi.useRealTimers());

  it.each([
    ['2026-12-01T22:59:00Z', '2026-12-01'],
    ['2026-12-01T23:30:00Z', '2026-12-02'],
  ])('at %s it is %s in Bavaria', (instant, date) => {
    vi.useFakeTimers({ now: new Date(instant) });
    expect(today('Europe/Berlin')).toBe(date);
  });

  it('takes the device time zone when none is given', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T23:30:00Z') });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(today()).toBe(localIsoDate(new Date(), zone));
  });
});
