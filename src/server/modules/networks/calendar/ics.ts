import { TZDate } from '@date-fns/tz';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tagesordnungsArten, type TagesordnungsArt } from '../../../../domain/networks/vocabulary.js';
import type { TreffenRow } from '../networks-access.js';
import { FEED_TIME_ZONE, vtimezone } from './vtimezone.js';

export interface FeedTreffen {
  treffen: TreffenRow;
  netzwerkName: string;
  agenda: { art: string; titel: string; referent: string | null }[];
}

export interface CalendarOptions {
  /** X-WR-CALNAME: what the calendar program shows as the calendar's name. */
  name: string;
  baseUrl: string;
  now: Date;
  /** Subscriptions ask clients to refresh this often (seconds); a single download needs none. */
  refreshSeconds?: number;
}

/** The stable UID of a meeting: it never changes, so a moved or cancelled meeting replaces the old entry. */
export const uidOf = (treffenId: string) => `${treffenId}@strang`;

export const treffenUrl = (baseUrl: string, treffenId: string) => `${baseUrl}/netzwerke/treffen/${treffenId}`;

const berlin = (at: Date) => new TZDate(at.getTime(), FEED_TIME_ZONE);

function locationOf(t: TreffenRow): string | null {
  if (t.ort && t.onlineLink) return `${t.ort} und online: ${t.onlineLink}`;
  return t.ort ?? t.onlineLink ?? null;
}

function descriptionOf(item: FeedTreffen, url: string): string {
  const { treffen: t } = item;
  const lines = [`Netzwerk: ${item.netzwerkName}`];
  if (t.status === 'abgesagt') lines.push(t.absageGrund ? `Abgesagt: ${t.absageGrund}` : 'Dieses Treffen wurde abgesagt.');
  if (t.onlineLink) lines.push(`Online-Teilnahme: ${t.onlineLink}`);
  if (item.agenda.length) {
    lines.push('', 'Tagesordnung:');
    item.agenda.forEach((p, i) => {
      const art = tagesordnungsArten[p.art as TagesordnungsArt] ?? p.art;
      lines.push(`${i + 1}. ${art}: ${p.titel}${p.referent ? ` (${p.referent})` : ''}`);
    });
  }
  lines.push('', `Details in Strang: ${url}`);
  return lines.join('\n');
}

/**
 * A VCALENDAR (RFC 5545) with one VEVENT per meeting. Each occurrence of a series is its own
 * VEVENT with its own UID and no RRULE or RECURRENCE-ID: moved or cancelled occurrences then need
 * no override merging, which Outlook and Thunderbird handle differently in subscribed calendars.
 * Cancelled meetings stay in the feed as STATUS:CANCELLED so clients remove or strike them.
 * ical-generator writes CRLF line ends and folds lines at 75 octets.
 */
export function buildCalendar(items: FeedTreffen[], options: CalendarOptions): string {
  const cal = new ICalCalendar({
    prodId: { company: 'Strang', product: 'Netzwerke', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    name: options.name,
    // Without a calendar-wide name, DTSTAMP and LAST-MODIFIED stay in UTC as RFC 5545 requires.
    timezone: { name: null, generator: vtimezone },
    ttl: options.refreshSeconds ?? null,
  });
  for (const item of items) {
    const t = item.treffen;
    const url = treffenUrl(options.baseUrl, t.id);
    const abgesagt = t.status === 'abgesagt';
    cal.createEvent({
      id: uidOf(t.id),
      sequence: t.sequenz,
      stamp: options.now,
      lastModified: t.aktualisiertAm,
      start: berlin(t.beginn),
      end: berlin(t.ende),
      timezone: FEED_TIME_ZONE,
      // Outlook shows subscribed events without regard to STATUS, so the title says it too.
      summary: `${abgesagt ? 'Abgesagt: ' : ''}${t.titel} – ${item.netzwerkName}`,
      location: locationOf(t),
      url,
      description: descriptionOf(item, url),
      status: abgesagt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
