import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { expectProblem, fieldsOf, signedIn } from './support.js';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  // Lots of failed logins below; the throttle must not hide the answers under test.
  t = await createTestApp({ LOGIN_MAX_FAILURES: '1000' });
  admin = (await signedIn(t.app, t.database.db, 'administration')).session;
});
afterAll(async () => t.close());

const postRaw = (url: string, body: string, contentType = 'application/json') =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, body });
const login = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object });

describe('bad input', () => {
  it('answers malformed JSON with 400 malformed_json as problem+json', async () => {
    for (const body of ['{"email":', '{email: "a@b.de"}', "{'a': 1}", '', '{"a":1}}']) {
      const problem = expectProblem(await postRaw('/api/auth/login', body), 400, 'malformed_json');
      expect(problem.detail).toBe('Der Inhalt der Anfrage ist kein gültiges JSON.');
      expect(problem.type).toMatch(/malformed_json$/);
      expect(problem.title).toBe('Ungültige Anfrage');
    }
  });

  it('refuses a body over 1 MiB with 413 body_too_large', async () => {
    const big = JSON.stringify({ email: 'a@b.de', password: 'x'.repeat(1_048_577) });
    const problem = expectProblem(await postRaw('/api/auth/login', big), 413, 'body_too_large');
    expect(problem.detail).toMatch(/zu groß/);
  });

  it('names unknown fields', async () => {
    const problem = expectProblem(await login({ email: 'a@b.de', password: 'x', rolle: 'administration' }), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'rolle', message: 'Unbekannte Felder: rolle.' }]);
    expect(problem.detail).toBe('Eingabe ungültig bei „rolle“: Unbekannte Felder: rolle.');
    const two = expectProblem(await call(t.app, admin, 'PATCH', '/api/me', { name: 'Name Neu', locale: 'de', version: 1, active: false, email: 'x@y.de' }), 400);
    expect(fieldsOf(two)).toEqual(['active,email']);
  });

  it('names every field with a wrong type', async () => {
    const problem = expectProblem(await login({ email: 42, password: ['x'] }), 400, 'validation_failed');
    expect(problem.errors).toEqual([
      { field: 'email', message: 'Bitte eine E-Mail-Adresse angeben.' },
      { field: 'password', message: 'Bitte ein Passwort angeben.' },
    ]);
    const profile = expectProblem(await call(t.app, admin, 'PATCH', '/api/me', { name: 'Name Neu', locale: 'de', version: '1' }), 400);
    expect(profile.errors).toEqual([{ field: 'version', message: 'Die Versionsangabe muss eine ganze Zahl sein.' }]);
  });

  it('says which field is missing', async () => {
    const problem = expectProblem(await login({ email: 'a@b.de' }), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'password', message: 'Das Feld „password“ fehlt.' }]);
    const none = expectProblem(await t.app.inject({ method: 'POST', url: '/api/auth/login' }), 400, 'validation_failed');
    expect(none.errors).toEqual([{ field: 'body', message: 'Der Inhalt der Anfrage fehlt.' }]);
  });

  it('names a too long value with its own message', async () => {
    const problem = expectProblem(await login({ email: 'a@b.de', password: 'x'.repeat(201) }), 400);
    expect(problem.errors).toEqual([{ field: 'password', message: 'Das Passwort darf höchstens 200 Zeichen lang sein.' }]);
  });

  it('rejects a JSON value that is not an object', async () => {
    for (const body of ['[1,2]', 'null', '"text"', '42']) {
      const problem = expectProblem(await postRaw('/api/auth/login', body), 400, 'validation_failed');
      expect(fieldsOf(problem)).toEqual(['body']);
    }
  });

  it('refuses other content types (forms, XML, plain text) with 415', async () => {
    const form = expectProblem(await postRaw('/api/auth/login', 'email=a%40b.de&password=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
    expect(form.detail).toMatch(/JSON/);
    expectProblem(await postRaw('/api/auth/login', '<login/>', 'application/xml'), 415, 'unsupported_media_type');
    expectProblem(await postRaw('/api/auth/login', '{"email":"a@b.de","password":"x"}', 'text/plain'), 415, 'unsupported_media_type');
  });

  it('answers an unknown API route with 404 route_not_found as JSON', async () => {
    for (const [method, url] of [
      ['GET', '/api/gibt-es-nicht'],
      ['POST', '/api/users/invitations/extra'],
      ['DELETE', '/api/setup'],
      ['GET', '/api'],
      ['GET', '/api/users/00000000-0000-0000-0000-000000000000/unbekannt?x=1'],
    ] as const) {
      const problem = expectProblem(await t.app.inject({ method, url }), 404, 'route_not_found');
      expect(problem.detail).toBe(`Die Adresse ${method} ${url.split('?')[0]} gibt es nicht.`);
    }
  });

  it('refuses an invalid id in the path with 400 naming it', async () => {
    for (const id of ['123', 'not-a-uuid', "1' or '1'='1", '00000000-0000-0000-0000-00000000000g']) {
      const problem = expectProblem(await call(t.app, admin, 'GET', `/api/users/${encodeURIComponent(id)}`), 400, 'validation_failed');
      expect(problem.errors).toEqual([{ field: 'id', message: 'Ungültige Kennung.' }]);
    }
    expect(fieldsOf(expectProblem(await call(t.app, admin, 'DELETE', '/api/memberships/xyz'), 400))).toEqual(['id']);
  });

  it('refuses JSON that tries to set __proto__', async () => {
    expectProblem(await postRaw('/api/auth/login', '{"__proto__":{"admin":true},"email":"a@b.de","password":"x"}'), 400);
  });
});

describe('random bodies never break the public entry points', () => {
  const germanDetail = /[äöüßÄÖÜ]|\b(Bitte|Eingabe|ungültig|Anfrage|nicht|Feld|Felder|bereits|Passwort|Zu viele|fehlt|erwartet)\b/;

  function checkAnswer(res: LightMyRequestResponse) {
    expect(res.statusCode, res.body).toBeLessThan(500);
    if (res.statusCode >= 400) {
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(body.status).toBe(res.statusCode);
      expect(typeof body.code).toBe('string');
      expect(body.detail, body.detail).toMatch(germanDetail);
    }
  }

  const jsonBody = fc.oneof(
    fc.jsonValue(),
    fc.record({ email: fc.jsonValue(), password: fc.jsonValue() }, { requiredKeys: [] }),
    fc.record({ name: fc.jsonValue(), email: fc.jsonValue(), password: fc.jsonValue() }, { requiredKeys: [] }),
    fc.record({ name: fc.string(), email: fc.oneof(fc.emailAddress(), fc.string()), password: fc.string({ maxLength: 220 }) }),
    fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }),
  );

  for (const url of ['/api/auth/login', '/api/setup']) {
    it(`POST ${url}: never a 5xx; every 4xx is problem+json with a German detail`, async () => {
      await fc.assert(
        fc.asyncProperty(jsonBody, async (value) => {
          checkAnswer(await postRaw(url, JSON.stringify(value) ?? 'null'));
        }),
        { numRuns: 150 },
      );
    });

    it(`POST ${url}: the same for arbitrary text sent as JSON`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
          checkAnswer(await postRaw(url, text));
        }),
        { numRuns: 100 },
      );
    });
  }
});
