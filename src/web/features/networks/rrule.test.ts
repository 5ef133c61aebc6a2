import { describe, expect, it } from 'vitest';
import { expandSeries, seriesTemplates } from '../../../domain/networks/recurrence.js';
import { buildRule, emptyRule, ordinalOf, parseRule, ruleProblems, weekdayOf, type RuleForm } from './rrule.js';

const secondTuesday: RuleForm = { ...emptyRule, freq: 'MONTHLY', monthly: 'wochentag', ordinal: '2', weekday: 'TU', end: 'bis', until: '2028-07-31' };

describe('rule form → RRULE', () => {
  it('builds the monthly second Tuesday until the end of the school year', () => {
    expect(buildRule(secondTuesday)).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20280731T235959Z');
  });

  it('adds the interval only above 1 and a count instead of an end date', () => {
    expect(buildRule({ ...emptyRule, freq: 'WEEKLY', interval: '2', weekday: 'MO', end: 'anzahl', count: '10' })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10');
    expect(buildRule({ ...emptyRule, freq: 'YEARLY', interval: '1', end: 'anzahl', count: '3' })).toBe('FREQ=YEARLY;COUNT=3');
  });

  it('leaves the day of the month to the first date when no weekday is asked for', () => {
    expect(buildRule({ ...emptyRule, freq: 'MONTHLY', interval: '3', monthly: 'tag', weekday: 'TU', end: 'anzahl', count: '4' })).toBe('FREQ=MONTHLY;INTERVAL=3;COUNT=4');
  });

  it('names what is missing or wrong', () => {
    expect(ruleProblems(secondTuesday)).toEqual([]);
    expect(ruleProblems({ ...secondTuesday, interval: '0', weekday: null, until: '' })).toEqual(['interval', 'weekday', 'until']);
    expect(ruleProblems({ ...emptyRule, interval: 'zwei', end: 'anzahl', count: '-1' })).toEqual(['interval', 'count']);
  });

  it('expands on the server side to the twelve second Tuesdays of 2027/28 at 13:30 local time', () => {
    const dates = expandSeries({ rule: buildRule(secondTuesday), start: '2027-08-10T13:30', durationMinutes: 60, timeZone: 'Europe/Berlin' }, { from: '2027-08-01', to: '2028-12-31' });
    expect(dates.map((d) => d.day)).toEqual([
      '2027-08-10', '2027-09-14', '2027-10-12', '2027-11-09', '2027-12-14', '2028-01-11',
      '2028-02-08', '2028-03-14', '2028-04-11', '2028-05-09', '2028-06-13', '2028-07-11',
    ]);
    expect(new Set(dates.map((d) => d.time))).toEqual(new Set(['13:30']));
  });
});

describe('RRULE → rule form', () => {
  it('reads every template exactly as it is', () => {
    for (const template of Object.values(seriesTemplates)) {
      const form = parseRule(template.rule, secondTuesday);
      expect(form, template.rule).not.toBeNull();
      expect(buildRule(form!)).toBe(template.rule);
    }
  });

  it('keeps the end chosen so far when a rule names none', () => {
    const form = parseRule('FREQ=MONTHLY;BYDAY=1MO', secondTuesday);
    expect(form).toMatchObject({ freq: 'MONTHLY', monthly: 'wochentag', ordinal: '1', weekday: 'MO', end: 'bis', until: '2028-07-31' });
  });

  it('reads what it builds', () => {
    const forms: RuleForm[] = [
      secondTuesday,
      { ...emptyRule, freq: 'WEEKLY', interval: '2', weekday: 'FR', end: 'anzahl', count: '12' },
      { ...emptyRule, freq: 'MONTHLY', monthly: 'wochentag', ordinal: '-1', weekday: 'TH', end: 'anzahl', count: '5' },
    ];
    for (const form of forms) expect(buildRule(parseRule(buildRule(form))!)).toBe(buildRule(form));
  });

  it('refuses rules the form cannot show', () => {
    expect(parseRule('FREQ=DAILY;COUNT=3')).toBeNull();
    expect(parseRule('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3')).toBeNull();
    expect(parseRule('FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3')).toBeNull();
    expect(parseRule('kaputt')).toBeNull();
  });
});

describe('first date → weekday suggestions', () => {
  it('finds weekday and position in the month', () => {
    expect(weekdayOf('2027-08-10')).toBe('TU');
    expect(ordinalOf('2027-08-10')).toBe('2');
    expect(ordinalOf('2027-08-31')).toBe('-1');
    expect(weekdayOf('kein Datum')).toBeNull();
  });
});
