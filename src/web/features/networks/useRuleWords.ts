import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { addMinutesToClock, formatLocalDate } from './format.js';
import { parseRule, weekdays, type RuleForm, type Weekday } from './rrule.js';

const locale = () => (i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE');

/** "Dienstag" for TU, in the current language (1 January 2024 was a Monday). */
export function weekdayName(day: Weekday): string {
  const date = new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day)));
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

interface Context {
  /** First date "YYYY-MM-DD" and time "HH:mm" of the series, when known. */
  day?: string;
  time?: string;
  durationMinutes?: number | null;
}

/** A series rule in words: "Jeden Monat am zweiten Dienstag, von 13:30 bis 14:30 Uhr, ab …, bis einschließlich …". */
export function useRuleWords() {
  const { t } = useTranslation();

  function describeForm(form: RuleForm, context: Context = {}): string {
    const interval = Math.max(1, Number(form.interval) || 1);
    const parts: string[] = [];
    const every = form.freq === 'WEEKLY' ? t('networks.rule.words.weeks', { count: interval }) : form.freq === 'MONTHLY' ? t('networks.rule.words.months', { count: interval }) : t('networks.rule.words.years', { count: interval });
    let on: string;
    if (form.freq === 'WEEKLY') on = form.weekday ? t('networks.rule.words.onWeekday', { weekday: weekdayName(form.weekday) }) : t('networks.rule.words.onStartWeekday');
    else if (form.freq === 'MONTHLY' && form.monthly === 'wochentag' && form.weekday) on = t('networks.rule.words.onNth', { nth: t(`networks.rule.ordinalWords.${form.ordinal}`), weekday: weekdayName(form.weekday) });
    else if (form.freq === 'MONTHLY') on = t('networks.rule.words.onStartDayOfMonth');
    else on = t('networks.rule.words.onStartDay');
    parts.push(`${every} ${on}`);
    if (context.time && /^\d{2}:\d{2}$/.test(context.time)) {
      parts.push(
        context.durationMinutes && context.durationMinutes > 0
          ? t('networks.rule.words.fromTo', { from: context.time, to: addMinutesToClock(context.time, context.durationMinutes) })
          : t('networks.rule.words.at', { time: context.time }),
      );
    }
    if (context.day && /^\d{4}-\d{2}-\d{2}$/.test(context.day)) parts.push(t('networks.rule.words.startingOn', { date: formatLocalDate(context.day) }));
    if (form.end === 'anzahl' && Number(form.count) > 0) parts.push(t('networks.rule.words.count', { count: Number(form.count) }));
    if (form.end === 'bis' && /^\d{4}-\d{2}-\d{2}$/.test(form.until)) parts.push(t('networks.rule.words.until', { date: formatLocalDate(form.until) }));
    const text = parts.join(', ');
    return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
  }

  /** A stored rule; one the simple form cannot show is given as it is. */
  function describeRule(rule: string, context: Context = {}): string {
    const form = parseRule(rule);
    return form ? describeForm(form, context) : t('networks.rule.words.raw', { rule });
  }

  return { describeForm, describeRule };
}
