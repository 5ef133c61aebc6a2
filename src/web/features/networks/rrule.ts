/*
 * The simple rule form of a meeting series: a few choices that become an RFC 5545 RRULE value
 * ("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20280731T235959Z"), and back. Rules the form cannot show (from
 * elsewhere) are kept as they are and shown as text.
 */

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];
export const frequencies = ['WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof frequencies)[number];
/** 1–4: first to fourth, -1: last weekday of the month. */
export const ordinals = ['1', '2', '3', '4', '-1'] as const;
export type Ordinal = (typeof ordinals)[number];

export interface RuleForm {
  freq: Frequency;
  /** As typed; a whole number from 1. */
  interval: string;
  /** Weekly: the day; monthly by weekday: the day of "the second Tuesday". */
  weekday: Weekday | null;
  /** Monthly: on the day of the month of the first date, or on the n-th weekday. */
  monthly: 'tag' | 'wochentag';
  ordinal: Ordinal;
  end: 'anzahl' | 'bis';
  count: string;
  /** Last day, "YYYY-MM-DD". */
  until: string;
}

export const emptyRule: RuleForm = { freq: 'MONTHLY', interval: '1', weekday: null, monthly: 'tag', ordinal: '1', end: 'bis', count: '', until: '' };

const isWeekday = (v: string): v is Weekday => (weekdays as readonly string[]).includes(v);
const isFrequency = (v: string): v is Frequency => (frequencies as readonly string[]).includes(v);

export type RuleProblem = 'interval' | 'weekday' | 'count' | 'until';

/** What is missing or wrong in the form; empty when a rule can be built. */
export function ruleProblems(form: RuleForm): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!/^\d{1,3}$/.test(form.interval.trim()) || Number(form.interval) < 1) problems.push('interval');
  if (form.freq === 'MONTHLY' && form.monthly === 'wochentag' && !form.weekday) problems.push('weekday');
  if (form.end === 'anzahl' && (!/^\d{1,3}$/.test(form.count.trim()) || Number(form.count) < 1)) problems.push('count');
  if (form.end === 'bis' && !/^\d{4}-\d{2}-\d{2}$/.test(form.until)) problems.push('until');
  return problems;
}

/** The RRULE value of the form (without "RRULE:"). */
export function buildRule(form: RuleForm): string {
  const parts = [`FREQ=${form.freq}`];
  const interval = Number(form.interval.trim());
  if (Number.isInteger(interval) && interval > 1) parts.push(`INTERVAL=${interval}`);
  if (form.freq === 'WEEKLY' && form.weekday) parts.push(`BYDAY=${form.weekday}`);
  if (form.freq === 'MONTHLY' && form.monthly === 'wochentag' && form.weekday) parts.push(`BYDAY=${form.ordinal}${form.weekday}`);
  if (form.end === 'anzahl') parts.push(`COUNT=${Number(form.count.trim())}`);
  // UNTIL in UTC as RFC 5545 asks when the start carries a time zone; the whole last day counts.
  else parts.push(`UNTIL=${form.until.replaceAll('-', '')}T235959Z`);
  return parts.join(';');
}

/**
 * The form for a rule, or null when the rule uses parts the form does not offer. A rule without
 * an end (a template) keeps the end of `base`.
 */
export function parseRule(rule: string, base: RuleForm = emptyRule): RuleForm | null {
  const fields = new Map<string, string>();
  for (const part of rule.replace(/^RRULE:/i, '').split(';')) {
    if (!part.trim()) continue;
    const [key, value] = part.split('=');
    if (!key || value === undefined) return null;
    fields.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  const freq = fields.get('FREQ') ?? '';
  if (!isFrequency(freq)) return null;
  const form: RuleForm = { ...base, freq, interval: '1', weekday: null, monthly: 'tag', ordinal: '1' };
  for (const [key, value] of fields) {
    switch (key) {
      case 'FREQ':
      case 'WKST':
        break;
      case 'INTERVAL':
        if (!/^\d+$/.test(value)) return null;
        form.interval = String(Number(value));
        break;
      case 'BYDAY': {
        const m = /^(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(value);
        if (!m || !isWeekday(m[2]!)) return null;
        if (freq === 'WEEKLY' && !m[1]) form.weekday = m[2];
        else if (freq === 'MONTHLY' && m[1]) {
          form.monthly = 'wochentag';
          form.ordinal = m[1] as Ordinal;
          form.weekday = m[2];
        } else return null;
        break;
      }
      case 'COUNT':
        if (!/^\d+$/.test(value)) return null;
        form.end = 'anzahl';
        form.count = String(Number(value));
        break;
      case 'UNTIL': {
        const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
        if (!m) return null;
        form.end = 'bis';
        form.until = `${m[1]}-${m[2]}-${m[3]}`;
        break;
      }
      default:
        return null;
    }
  }
  return form;
}

/** The weekday of a day "YYYY-MM-DD" (for the default of a weekly rule). */
export function weekdayOf(day: string): Weekday | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return null;
  const index = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return weekdays[(index + 6) % 7] ?? null;
}

/** Which of the month's weekdays a day is: 1–4, or -1 when it is the last one (5th). */
export function ordinalOf(day: string): Ordinal | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return null;
  const n = Math.ceil(Number(m[3]) / 7);
  return n >= 5 ? '-1' : (String(n) as Ordinal);
}
