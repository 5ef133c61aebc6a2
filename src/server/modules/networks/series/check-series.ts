import type { ReihePruefung } from '../../../../domain/networks/contracts.js';
import { addDays, holidayDataAttribution, type HolidayCalendar } from '../../../../domain/networks/holidays.js';
import { expandFiniteSeries, localToInstant, parseRule, RecurrenceError, TIME_ZONE, type Occurrence } from '../../../../domain/networks/recurrence.js';
import { invalid } from '../../../core/errors.js';
import { holidayCalendarFor } from '../holiday-calendar.js';

/** The field of the request that a recurrence error is about. */
const fieldOf: Record<RecurrenceError['field'], string> = { rule: 'regel', start: 'beginn', durationMinutes: 'dauerMinuten', timeZone: 'beginn' };

/** Runs pure recurrence code and turns its errors into a 400 naming the request's field. */
function asInput<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof RecurrenceError) throw invalid(fieldOf[err.field], err.message);
    throw err;
  }
}

/** "YYYY-MM-DDTHH:mm" in German local time → instant; a date or time that does not exist is a 400 naming `field`. */
export function localInstant(local: string, field: string): Date {
  try {
    return localToInstant(local, TIME_ZONE);
  } catch (err) {
    if (err instanceof RecurrenceError) throw invalid(field, 'Dieses Datum oder diese Uhrzeit gibt es nicht (JJJJ-MM-TTTHH:MM).');
    throw err;
  }
}

/** The local start the rule gave, "YYYY-MM-DDTHH:mm" (the key of an occurrence). */
export const terminOf = (o: Occurrence) => `${o.day}T${o.time}`;

export interface ExpandedSeries {
  /** Normalised rule as it is stored. */
  regel: string;
  occurrences: Occurrence[];
}

/** Every meeting of a series to be saved (ends within ten years, at most 500 meetings). */
export function expandReihe(input: { regel: string; beginn: string; dauerMinuten: number }): ExpandedSeries {
  return asInput(() => {
    const { rule } = parseRule(input.regel);
    return { regel: rule, occurrences: expandFiniteSeries({ rule, start: input.beginn, durationMinutes: input.dauerMinuten, timeZone: TIME_ZONE }) };
  });
}

/**
 * Same weekday in the first free week after the closure. A monthly series moved out of the summer
 * holidays should not land on its own September date, so a free week without another meeting of the
 * series is preferred when there is one within four weeks; a weekly series has none and keeps the
 * first free week.
 */
function proposalFor(calendar: HolidayCalendar, day: string, taken: Set<string>): string | null {
  const firstFree = calendar.proposeFor(day);
  if (!firstFree) return null;
  const limit = addDays(firstFree, 28);
  for (let candidate = firstFree; candidate <= limit; candidate = addDays(candidate, 7)) {
    if (!taken.has(candidate) && !calendar.closuresOn(candidate).length) return candidate;
  }
  return firstFree;
}

/**
 * The preview before saving: every date with the school holidays and public holidays of the
 * network's Land that cover it, and for those a proposal on the same weekday and local time in the
 * first free week after.
 */
export function pruefeReihe(land: string, input: { regel: string; beginn: string; dauerMinuten: number }): ReihePruefung {
  const { occurrences } = expandReihe(input);
  const calendar = holidayCalendarFor(land);
  const taken = new Set(occurrences.map((o) => o.day));
  const termine = occurrences.map((o) => {
    const closures = calendar.closuresOn(o.day);
    const proposal = closures.length ? proposalFor(calendar, o.day, taken) : null;
    return {
      termin: terminOf(o),
      beginn: o.startsAt,
      ende: o.endsAt,
      schliessungen: closures.map((c) => ({ art: c.kind, name: c.name, von: c.from, bis: c.to })),
      vorschlag: proposal ? `${proposal}T${o.time}` : null,
    };
  });
  return { termine, markiert: termine.filter((t) => t.schliessungen.length).length, quelle: holidayDataAttribution };
}
