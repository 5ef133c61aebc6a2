import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { call, createTestApp, login, type TestApp } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
});
afterAll(async () => t.close());

describe('login', () => {
  it('answers the same for an unknown e-mail and a wrong password', async () => {
    const user = await buildUser(t.database.db);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.org', password: 'x'.repeat(12) } });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'x'.repeat(12) } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(unknown.json().code).toBe('invalid_credentials');
  });

  it('locks an e-mail after repeated failures with 429 and Retry-After, even for the right password', async () => {
    const user = await buildUser(t.database.db);
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'falsch-falsch' } });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.json().detail).toMatch(/Anmeldeversuche/);
  });

  it('sets an HttpOnly SameSite=Lax cookie, rotates the session at login and revokes it at logout', async () => {
    const user = await buildUser(t.database.db);
    const first = await login(t.app, user.email, TEST_PASSWORD);
    expect((await call(t.app, first, 'GET', '/api/auth/session')).statusCode).toBe(200);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { cookie: first.cookie }, payload: { email: user.email, password: TEST_PASSWORD } });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const second = setCookie.split(';')[0]!;
    expect(second).not.toBe(first.cookie);
    expect((await call(t.app, first, 'GET', '/api/auth/session')).statusCode).toBe(401);
    const secondSession = { cookie: second, csrfToken: res.json().csrfToken, userId: user.id };
    expect((await call(t.app, secondSession, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await call(t.app, secondSession, 'GET', '/api/auth/session')).statusCode).toBe(401);
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const user = await buildUser(t.database.db);
    const s = await login(t.app, user.email, TEST_PASSWORD);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const foreign = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, origin: 'https://evil.example' } });
    expect(foreign.statusCode).toBe(403);
  });

  it('refuses a deactivated account', async () => {
    const user = await buildUser(t.database.db, { active: false });
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('account_inactive');
  });
});
