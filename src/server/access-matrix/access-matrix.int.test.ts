import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditLog } from '../core/audit.schema.js';
import { createTestApp, type Session, type TestApp } from '../testing/test-app.js';
import { accessMatrix, fillUrl, type Outcome, type RouteAccess } from './access-matrix.js';
import { buildWorld, callers, freshCaller, type Caller, type World, type WorldUser } from './world.js';

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.database.db);
});
afterAll(async () => t?.close());

const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('the access matrix lists exactly the API routes', () => {
  test('every API route has an entry', () => {
    const missing = t.app.apiRoutes.map(routeKey).filter((k) => !(k in accessMatrix));
    expect(missing, `API routes without an entry in src/server/access-matrix/access-matrix.ts:\n  ${missing.join('\n  ')}`).toEqual([]);
  });

  test('every entry names an existing API route', () => {
    const routes = new Set(t.app.apiRoutes.map(routeKey));
    const stale = Object.keys(accessMatrix).filter((k) => !routes.has(k));
    expect(stale, `Entries in the access matrix without a route:\n  ${stale.join('\n  ')}`).toEqual([]);
  });

  test('the world has every role signed in', () => {
    expect(Object.keys(w.sessions).sort()).toEqual(callers.filter((c) => c !== 'anonymous').sort());
  });
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type SideLabel = 'own' | 'foreign' | 'unscoped';

interface Case {
  caller: Caller;
  side: SideLabel;
  expected: Outcome;
}

function casesOf(spec: RouteAccess): Case[] {
  return callers.flatMap((caller): Case[] =>
    spec.scoped
      ? [
          { caller, side: 'own', expected: spec.access[caller].own },
          { caller, side: 'foreign', expected: spec.access[caller].foreign },
        ]
      : [{ caller, side: 'unscoped', expected: spec.access[caller].own }],
  );
}

function describeResponse(res: LightMyRequestResponse): string {
  return `${res.statusCode} ${res.body.slice(0, 300)}`;
}

function assertOutcome(res: LightMyRequestResponse, expected: Outcome, spec: RouteAccess, label: string) {
  const what = `${label} → ${describeResponse(res)}`;
  expect(res.statusCode, what).toBeLessThan(500);
  switch (expected) {
    case 'allow':
    case 'public':
      expect(res.statusCode, what).toBe(spec.ok);
      return;
    case 'login':
      expect(res.statusCode, what).toBe(401);
      expect(res.headers['content-type'], what).toContain('application/problem+json');
      expect(res.json().code, what).toBe('unauthenticated');
      return;
    case 'deny': {
      expect(res.headers['content-type'], what).toContain('application/problem+json');
      if (res.statusCode === 400 && spec.deniedField) {
        const fields = (res.json().errors ?? []).map((e: { field: string }) => e.field);
        expect(fields, what).toContain(spec.deniedField);
        return;
      }
      expect([403, 404], what).toContain(res.statusCode);
    }
  }
}

describe.each(Object.entries(accessMatrix))('%s', (key, spec) => {
  const [method, pattern] = key.split(' ') as [Method, string];

  const cases = casesOf(spec).map((c) => [`${c.caller}, ${c.side} scope → ${c.expected}`, c] as const);
  test.each(cases)('%s', async (_name, { caller, side, expected }) => {
    let session: Session | null = null;
    let self: WorldUser | null = null;
    if (caller !== 'anonymous') {
      if (spec.consumesSession) {
        const fresh = await freshCaller(w, caller);
        session = fresh.session;
        self = fresh.user;
      } else {
        session = w.sessions[caller];
        self = w.users[caller];
      }
    }
    const prepared = await spec.prepare(w, { caller, side: side === 'foreign' ? 'foreign' : 'own', self });
    const requestId = `matrix-${randomBytes(8).toString('hex')}`;
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (session) {
      headers.cookie = session.cookie;
      if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
    }
    const res = await t.app.inject({ method, url: fillUrl(pattern, prepared), headers, ...(prepared.payload === undefined ? {} : { payload: prepared.payload as object }) });
    assertOutcome(res, expected, spec, `${key} as ${caller} (${side})`);
    if (expected === 'deny' || expected === 'login') {
      // A refused call leaves no trace.
      expect(await t.database.db.select().from(auditLog).where(eq(auditLog.requestId, requestId))).toEqual([]);
    }
  });
});
