import { expandFiniteSeries, localToInstant, parseRule, TIME_ZONE } from '../../../../domain/networks/recurrence.js';
import { closureName, holidayCalendarFor } from '../holiday-calendar.js';
import { terminOf } from '../series/check-series.js';

export interface PlannedTreffen {
  /** Local start the rule gave ("YYYY-MM-DDTHH:mm"), kept when the meeting is moved. */
  reiheTermin: string;
  beginn: Date;
  ende: Date;
  verschoben: boolean;
  status: 'geplant' | 'abgesagt';
  absageGrund: string | null;
}

export interface PlannedSeries {
  regel: string;
  /** First meeting the rule gives, local. */
  beginn: string;
  treffen: PlannedTreffen[];
}

/**
 * A series as a moderator would save it after the holiday check: every date in the school holidays
 * or on a public holiday of the Land moves to the proposal (same weekday and time in the first free
 * week) and is marked as moved; when there is no proposal or it falls on another meeting of the
 * series, the date is kept as cancelled with the holiday as reason.
 */
export function planSeries(land: string, def: { rule: string; searchFrom: string; time: string; dauerMinuten: number }): PlannedSeries {
  const { rule } = parseRule(def.rule);
  // The rule picks the first matching day from the start of the month on; that day is the series' start.
  const first = expandFiniteSeries({ rule, start: `${def.searchFrom}T${def.time}`, durationMinutes: def.dauerMinuten, timeZone: TIME_ZONE })[0]!;
  const beginn = terminOf(first);
  const occurrences = expandFiniteSeries({ rule, start: beginn, durationMinutes: def.dauerMinuten, timeZone: TIME_ZONE });
  const calendar = holidayCalendarFor(land);
  const taken = new Set(occurrences.map((o) => o.day));
  const dauerMs = def.dauerMinuten * 60_000;
  const treffen = occurrences.map((o): PlannedTreffen => {
    const reiheTermin = terminOf(o);
    const regular = { reiheTermin, beginn: new Date(o.startsAt), ende: new Date(o.endsAt), verschoben: false, status: 'geplant' as const, absageGrund: null };
    if (!calendar.closuresOn(o.day).length) return regular;
    const proposal = calendar.proposeFor(o.day);
    if (!proposal || taken.has(proposal)) return { ...regular, status: 'abgesagt', absageGrund: closureName(land, o.day) };
    taken.add(proposal);
    const moved = localToInstant(`${proposal}T${o.time}`, TIME_ZONE);
    return { reiheTermin, beginn: moved, ende: new Date(moved.getTime() + dauerMs), verschoben: true, status: 'geplant', absageGrund: null };
  });
  return { regel: rule, beginn, treffen };
}
