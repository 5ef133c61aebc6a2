import { CalendarDateTime, toZoned } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { expandFiniteSeries, expandSeries, instantToLocal, localToInstant, parseRule, RecurrenceError, seriesTemplates } from './recurrence.js';

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

  it('refuses rule parts calendars would not accept, naming the part', () => {
    const message = (rule: string) => {
      try {
        parseRule(rule);
      } catch (err) {
        return err instanceof RecurrenceError && err.field === 'rule' ? err.message : 'other';
      }
      return 'none';
    };
    expect(message('FREQ=WEEKLY;COUNT=abc')).toMatch(/COUNT/);
    expect(message('FREQ=WEEKLY;COUNT=0')).toMatch(/COUNT/);
    expect(message('FREQ=WEEKLY;BYDAY=XX')).toMatch(/BYDAY/);
    expect(message('FREQ=WEEKLY;FOO=1')).toMatch(/FOO/);
    expect(message('FREQ=HOURLY;COUNT=3')).toMatch(/FREQ/);
    expect(message('FREQ=DAILY;BYHOUR=9')).toMatch(/Uhrzeit/);
    expect(message('FREQ=DAILY;DTSTART=20200101T000000Z')).toMatch(/DTSTART/);
    expect(message('FREQ=DAILY;COUNT=2\nDTSTART:20200101T000000Z')).toMatch(/Zeilenumbrüche/);
    expect(message('FREQ=WEEKLY;COUNT=2;COUNT=3')).toMatch(/nur einmal/);
    expect(message('FREQ=WEEKLY;COUNT=2;UNTIL=20270101')).toMatch(/nicht zusammen/);
    expect(message('FREQ=MONTHLY;BYMONTHDAY=32;COUNT=2')).toMatch(/BYMONTHDAY/);
    expect(message('FREQ=WEEKLY;UNTIL=20270231')).toMatch(/kein gültiges Datum/);
    expect(message('COUNT=3')).toMatch(/FREQ/);
    expect(message('')).toMatch(/Wiederholungsregel/);
  });

  it('normalises a rule and reads its end', () => {
    expect(parseRule('rrule:freq=monthly;byday=2tu;count=10')).toEqual({ rule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=10', count: 10, until: null });
    // A bare date includes the whole day, so a 13:30 meeting on it still takes place.
    expect(parseRule('FREQ=WEEKLY;UNTIL=20260120')).toEqual({ rule: 'FREQ=WEEKLY;UNTIL=20260120T235959', count: null, until: '2026-01-20T23:59' });
    const weekly = expandSeries({ ...berlin, rule: 'FREQ=WEEKLY;UNTIL=20260120', start: '2026-01-13T13:30' }, { from: '2026-01-01', to: '2026-12-31' });
    expect(weekly.map((m) => m.day)).toEqual(['2026-01-13', '2026-01-20']);
  });

  it('converts local wall-clock times and back across both changes of the clock', () => {
    expect(localToInstant('2026-03-24T13:30').toISOString()).toBe('2026-03-24T12:30:00.000Z');
    expect(localToInstant('2026-03-31T13:30').toISOString()).toBe('2026-03-31T11:30:00.000Z');
    // 02:30 does not exist on 29 March 2026: the later side, 03:30 summer time.
    expect(localToInstant('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToLocal(new Date('2026-10-27T12:30:00Z'))).toBe('2026-10-27T13:30');
    expect(instantToLocal(new Date('2026-10-20T11:30:00Z'))).toBe('2026-10-20T13:30');
    expect(() => localToInstant('2026-02-30T10:00')).toThrow(RecurrenceError);
    expect(() => localToInstant('2026-01-01T24:00')).toThrow(RecurrenceError);
    expect(() => localToInstant('0050-01-01T10:00')).toThrow(RecurrenceError);
  });

  it('expands a series to be saved only when it ends within ten years and has at most 500 meetings', () => {
    const end = (rule: string, start = '2026-09-01T10:00') => {
      try {
        return expandFiniteSeries({ ...berlin, rule, start }).length;
      } catch (err) {
        return (err as RecurrenceError).message;
      }
    };
    expect(end('FREQ=MONTHLY;BYDAY=1MO;COUNT=12')).toBe(12);
    expect(end('FREQ=WEEKLY')).toMatch(/braucht ein Ende/);
    expect(end('FREQ=DAILY;COUNT=501')).toMatch(/höchstens 500/);
    expect(end('FREQ=DAILY;UNTIL=20290101')).toMatch(/höchstens 500/);
    expect(end('FREQ=YEARLY;COUNT=12')).toMatch(/höchstens 10 Jahre.*01\.09\.2036/);
    expect(end('FREQ=YEARLY;COUNT=11')).toBe(11);
    expect(end('FREQ=YEARLY;UNTIL=20360901')).toBe(11);
    expect(end('FREQ=YEARLY;UNTIL=20360902')).toMatch(/höchstens 10 Jahre/);
    expect(end('FREQ=WEEKLY;UNTIL=20250101')).toMatch(/vor dem Beginn/);
    expect(end('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3')).toMatch(/keinen einzigen Termin/);
    expect(end('FREQ=WEEKLY;COUNT=3', '2026-02-30T10:00')).toMatch(/Beginn/);
  });

  it('has templates that end, keep their weekday and start at their usual time', () => {
    const weekdays = { 'vier-pro-schuljahr': 2, 'zweimal-jaehrlich': 3, 'monatlich-dienstag': 2, 'erster-montag': 1, quartalsweise: 3 } as const;
    for (const [code, template] of Object.entries(seriesTemplates)) {
      const meetings = expandFiniteSeries({ timeZone: 'Europe/Berlin', rule: template.rule, start: `2026-09-01T${template.time}`, durationMinutes: template.durationMinutes });
      expect(meetings.length, code).toBeGreaterThan(1);
      expect(meetings.every((m) => m.time === template.time), code).toBe(true);
      const weekday = weekdays[code as keyof typeof weekdays];
      if (weekday !== undefined) expect(meetings.every((m) => new Date(`${m.day}T12:00:00Z`).getUTCDay() === weekday), code).toBe(true);
    }
    const ssa = seriesTemplates['monatlich-dienstag'];
    expect([ssa.time, ssa.durationMinutes, ssa.online]).toEqual(['13:30', 60, true]);
  });

  it('places every hour of a year, and every quarter hour of its two changing days, exactly as @internationalized/date does', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const hourly = Array.from({ length: 365 * 24 }, (_, i) => Date.UTC(2026, 0, 1) + i * 3_600_000);
    const changes = [Date.UTC(2026, 2, 29), Date.UTC(2026, 9, 25)].flatMap((day) => Array.from({ length: 96 }, (_, i) => day + i * 900_000));
    for (const t of [...hourly, ...changes]) {
      const d = new Date(t);
      const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      const expected = toZoned(new CalendarDateTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()), 'Europe/Berlin', 'later').toDate();
      expect(localToInstant(local).toISOString(), local).toBe(expected.toISOString());
    }
    // The repeated hour on 25 October 2026: the later of the two instants.
    expect(localToInstant('2026-10-25T02:30').toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(localToInstant('2026-10-25T01:59', 'America/New_York').toISOString()).toBe('2026-10-25T05:59:00.000Z');
  });
});
