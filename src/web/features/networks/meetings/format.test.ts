import { describe, expect, it } from 'vitest';
import { addDays, clock, dayDate, instantDate, localDay, longDate, minutesBetween, toLocalInput, weekStart } from './format.js';

describe('meeting times are shown in Berlin time, whatever the browser says', () => {
  it('turns an instant into the wall-clock value of a datetime-local field, in winter and in summer', () => {
    expect(toLocalInput('2026-01-13T12:30:00.000Z')).toBe('2026-01-13T13:30');
    expect(toLocalInput('2026-04-14T11:30:00.000Z')).toBe('2026-04-14T13:30');
    expect(clock('2026-04-14T11:30:00.000Z')).toBe('13:30');
  });

  it('keeps the Berlin day across midnight UTC and the change to summer time', () => {
    expect(localDay('2026-03-28T23:30:00.000Z')).toBe('2026-03-29');
    expect(toLocalInput('2026-03-29T01:00:00.000Z')).toBe('2026-03-29T03:00');
    expect(minutesBetween('2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z')).toBe(60);
    expect(instantDate('2026-10-24T22:30:00.000Z')).toBe('25.10.2026');
  });

  it('writes dates in German', () => {
    expect(longDate('2026-04-14T11:30:00.000Z')).toBe('Dienstag, 14. April 2026');
    expect(dayDate('2026-04-01')).toBe('01.04.2026');
    expect(dayDate('kein Datum')).toBe('');
  });

  it('groups by the Monday of the Berlin week, also late on Sunday evening', () => {
    expect(weekStart('2026-04-19T21:30:00.000Z')).toBe('2026-04-13');
    expect(weekStart('2026-04-19T22:30:00.000Z')).toBe('2026-04-20');
    expect(addDays('2026-12-28', 6)).toBe('2027-01-03');
  });
});
