import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Db } from '../../src/server/core/db.js';
import { buildKommune } from '../../src/server/testing/directory-factories.js';
import { buildScope, buildUser, TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { buildNetzwerk, buildTreffen } from '../../src/server/testing/network-factories.js';
import { launchBrowser, openPage, type TestPage } from './browser.js';
import { startServerWith, type Person } from './mapping-fixtures.js';

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
  const land = await buildScope(db, { type: 'land', name: 'Nordrhein-Westfalen', code: 'nrw' });
  const scope = await buildScope(db, { type: 'kommune', name: 'Köln', code: '05315000', parentId: land.id });
  await buildKommune(db, { scope, name: 'Köln', ags: '05315000' });
  const person = async (p: Person, role: 'kommunalkoordination' | 'fachkraft' | 'mitglied' = 'mitglied') =>
    (await buildUser(db, { role, scopeId: scope.id, name: p.name, email: p.email })).id;
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
  let server: Awaited<ReturnType<typeof startServerWith<MeetingsWorld>>> | undefined;
  let browser: Browser | undefined;
  const pages: TestPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerWith(buildMeetingsWorld), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    const problems = pages.flatMap((p) => p.problems);
    await browser?.close();
    await server?.stop();
    expect(problems, 'browser problems').toEqual([]);
  });

  return {
    get url(): string {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    get world(): MeetingsWorld {
      if (!server) throw new Error('server not started');
      return server.world;
    },
    async open(options?: Parameters<typeof openPage>[2]): Promise<TestPage> {
      if (!server || !browser) throw new Error('server not started');
      const opened = await openPage(browser, server.url, options);
      pages.push(opened);
      return opened;
    },
  };
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
