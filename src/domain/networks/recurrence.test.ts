import { describe, expect, it } from 'vitest';
import { expandSeries, RecurrenceError, seriesTemplates } from './recurrence.js';

const berlin = { timeZone: 'Europe/Berlin', durationMinutes: 60 };

describe('meeting series from RFC 5545 rules', () => {
  it('keeps 13:30 local time across the change to summer time (29 March 2026)', () => {
    const meetings = expandSeries({ ...berlin, rule: seriesTemplates['monatlich-dienstag'].rule, start: '2026-01-13T13:30' }, { from: '2026-01-01', to: '2026-05-31' });
    expect(meetings.map((m) => m.day)).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12']);
    expect(meetings.every((m) => m.time === '13:30')).toBe(true);
    expect(meetings[2]!.startsAt).toBe('2026-03-10T12:30:00.000Z');
    expect(meetings[3]!.startsAt).toBe('2026-04-14T11:30:00.000Z');
    expect(meetings[3]!.endsAt).toBe('2026-04-14T12:30:00.000Z');
  });

  it('keeps the local time across the change back to winter time (25 October 2026)', () => {
    const weekly = expandSeries({ ...berlin, rule: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-10-19T09:00' }, { from: '2026-10-19', to: '2026-10-26' });
    expect(weekly.map((m) => m.startsAt)).toEqual(['2026-10-19T07:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });

  it('places the first Monday of each month', () => {
    const meetings = expandSeries({ ...berlin, rule: seriesTemplates['erster-montag'].rule, start: '2026-09-07T10:00' }, { from: '2026-09-01', to: '2026-12-31' });
    expect(meetings.map((m) => m.day)).toEqual(['2026-09-07', '2026-10-05', '2026-11-02', '2026-12-07']);
  });

  it('honours COUNT and the limit', () => {
    expect(expandSeries({ ...berlin, rule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4', start: '2026-09-01T15:00' }, { from: '2026-01-01', to: '2030-12-31' })).toHaveLength(4);
    expect(expandSeries({ ...berlin, rule: 'FREQ=DAILY', start: '2026-01-01T08:00' }, { from: '2026-01-01', to: '2030-12-31', limit: 10 })).toHaveLength(10);
  });

  it('names the field of a bad definition', () => {
    const bad = (patch: Partial<Parameters<typeof expandSeries>[0]>) => {
      try {
        expandSeries({ ...berlin, rule: 'FREQ=WEEKLY', start: '2026-01-01T08:00', ...patch }, { from: '2026-01-01', to: '2026-02-01' });
      } catch (err) {
        return err instanceof RecurrenceError ? err.field : 'other';
      }
      return 'none';
    };
    expect(bad({ rule: 'FREQ=SOMETIMES' })).toBe('rule');
    expect(bad({ start: '01.01.2026 08:00' })).toBe('start');
    expect(bad({ durationMinutes: 0 })).toBe('durationMinutes');
    expect(bad({ timeZone: 'Mars/Olympus' })).toBe('timeZone');
  });
});
