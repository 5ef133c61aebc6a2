import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Db } from '../../src/server/core/db.js';
import { TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { buildNetzwerk, buildTreffen } from '../../src/server/testing/network-factories.js';
import { buildKommuneIn, buildNrw, buildPerson, type Person } from './nrw-world.js';
import { useAppWith } from './suite.js';

/** Moderates the local network and sits in the Steuergruppe as a member (so she can pass results up). */
export const mona: Person = { name: 'Mona Moderation', email: 'mona@koeln.example', password: TEST_PASSWORD };
/** Moderates the Steuergruppe and acknowledges what arrives there. */
export const sven: Person = { name: 'Sven Steuergruppe', email: 'sven@koeln.example', password: TEST_PASSWORD };
/** Member of the local network: registers first, owns an agreement. */
export const mia: Person = { name: 'Mia Mitglied', email: 'mia@schule.example', password: TEST_PASSWORD };
/** Member of the local network: registers second and lands on the waiting list. */
export const paul: Person = { name: 'Paul Praxis', email: 'paul@traeger.example', password: TEST_PASSWORD };
/** Guest of the local network: sees the meeting and the agenda, not the minutes. */
export const gina: Person = { name: 'Gina Gast', email: 'gina@extern.example', password: TEST_PASSWORD };
/** Belongs to no network at all. */
export const otto: Person = { name: 'Otto Außen', email: 'otto@bonn.example', password: TEST_PASSWORD };

export const names = {
  local: 'Bildungsnetzwerk Chorweiler',
  steering: 'Steuergruppe Bildung Köln',
  meeting: 'Netzwerktreffen Frühjahr',
  later: 'Netzwerktreffen Sommer',
} as const;

export interface MeetingsWorld {
  kommuneId: string;
  localId: string;
  steeringId: string;
  meetingId: string;
  laterId: string;
  users: Record<'mona' | 'sven' | 'mia' | 'paul' | 'gina' | 'otto', string>;
}

/** In `days` days at `hour`:`minute` Berlin time (winter or summer time, whichever applies then). */
export function berlinAt(days: number, hour: number, minute = 0): Date {
  const day = new Date(Date.now() + days * 24 * 3600 * 1000);
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
  const asUtc = new Date(`${ymd}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  const offsetHours = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(asUtc)) - asUtc.getUTCHours();
  return new Date(asUtc.getTime() - (((offsetHours + 24) % 24) * 3600 * 1000));
}

/**
 * Köln with a local network (capacity-1 meeting next week and one a month later) and the city's
 * Steuergruppe; six people with different roles in them.
 */
export async function buildMeetingsWorld(db: Db): Promise<MeetingsWorld> {
  const scope = await buildKommuneIn(db, (await buildNrw(db, 'nrw')).id, 'Köln', '05315000');
  const person = (p: Person, role: 'kommunalkoordination' | 'fachkraft' | 'mitglied' = 'mitglied') => buildPerson(db, p, role, scope.id);
  const users = {
    mona: await person(mona, 'kommunalkoordination'),
    sven: await person(sven, 'kommunalkoordination'),
    mia: await person(mia, 'fachkraft'),
    paul: await person(paul),
    gina: await person(gina),
    otto: await person(otto),
  };
  const local = await buildNetzwerk(db, {
    traegerScopeId: scope.id,
    kommuneIds: [scope.id],
    name: names.local,
    ebene: 'kommune',
    schwerpunkt: 'praxis',
    members: { [users.mona]: 'moderation', [users.mia]: 'mitglied', [users.paul]: 'mitglied', [users.gina]: 'gast' },
  });
  const steering = await buildNetzwerk(db, {
    traegerScopeId: scope.id,
    kommuneIds: [scope.id],
    name: names.steering,
    ebene: 'kommune',
    schwerpunkt: 'steuerung',
    members: { [users.sven]: 'moderation', [users.mona]: 'mitglied' },
  });
  const meeting = await buildTreffen(db, local.id, { titel: names.meeting, beginn: berlinAt(7, 14, 30), minuten: 120, kapazitaet: 1 });
  const later = await buildTreffen(db, local.id, { titel: names.later, beginn: berlinAt(35, 9, 0), minuten: 90 });
  return { kommuneId: scope.id, localId: local.id, steeringId: steering.id, meetingId: meeting.id, laterId: later.id, users };
}

/** One server and browser per spec file with the meetings world; pages are checked for browser problems at the end. */
export function useMeetingsApp() {
  return useAppWith(buildMeetingsWorld, { timeout: 120_000 });
}

/** A JSON call with the page's session (cookie and CSRF token), as the web client makes it. */
export async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown): Promise<{ status: number; body: T; contentType: string }> {
  const session = await page.request.get('/api/auth/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a calendar file, a PDF): the text is the body.
  }
  return { status: response.status(), body: body as T, contentType: response.headers()['content-type'] ?? '' };
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/** A polite confirmation that appeared after an action. */
export function status(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}
