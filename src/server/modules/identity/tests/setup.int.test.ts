import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUsers } from '../identity.repository.js';
import { call, createTestApp, login, sessionFrom, type TestApp } from '../../../testing/test-app.js';
import { expectProblem, fieldsOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const status = async () => (await t.app.inject({ method: 'GET', url: '/api/setup/status' })).json() as { needsSetup: boolean };

describe('first-run setup', () => {
  it('rejects an invalid first administration without creating anything', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { name: 'A', email: 'keine-adresse', password: 'kurz' } });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual(expect.arrayContaining(['name', 'email', 'password']));
    expect(await countUsers(t.database.db)).toBe(0);
    expect(await status()).toEqual({ needsSetup: true });
  });

  it('creates exactly one administration when two setups race, and signs it in', async () => {
    const payload = (n: number) => ({ name: `Erste Administration ${n}`, email: ` Admin${n}@Example.org `, password: 'Sicheres-Passwort-1' });
    const results = await Promise.all([1, 2].map((n) => t.app.inject({ method: 'POST', url: '/api/setup', payload: payload(n) })));
    const won = results.filter((r) => r.statusCode === 201);
    const lost = results.filter((r) => r.statusCode !== 201);
    expect(won).toHaveLength(1);
    expectProblem(lost[0]!, 409, 'setup_done');
    expect(await countUsers(t.database.db)).toBe(1);

    const session = sessionFrom(won[0]!);
    const info = won[0]!.json();
    expect(info.user.email).toMatch(/^admin[12]@example\.org$/);
    expect(info.user.memberships).toEqual([expect.objectContaining({ role: 'administration', scope: expect.objectContaining({ type: 'plattform', parentId: null }) })]);
    expect(info.abilities).toEqual(expect.arrayContaining(['user.manage', 'scope.manage', 'audit.read', 'profile.manage']));

    const me = await call(t.app, session, 'GET', '/api/auth/session');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(session.userId);
    // The password works for a normal login too.
    const again = await login(t.app, info.user.email, 'Sicheres-Passwort-1');
    expect(again.userId).toBe(session.userId);
  });

  it('reports that setup is done', async () => {
    expect(await status()).toEqual({ needsSetup: false });
  });

  it('refuses a second setup with 409 setup_done', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { name: 'Zweite Person', email: 'zweite@example.org', password: 'Sicheres-Passwort-2' } });
    const problem = expectProblem(res, 409, 'setup_done');
    expect(problem.detail).toMatch(/bereits eingerichtet/);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await countUsers(t.database.db)).toBe(1);
  });
});
