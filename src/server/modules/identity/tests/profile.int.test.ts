import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../identity.repository.js';
import { buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { call, createTestApp, login, type TestApp } from '../../../testing/test-app.js';
import { expectProblem, fieldsOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const tryLogin = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('own profile', () => {
  it('saves name and language with the version the client saw and counts the version up', async () => {
    const user = await buildUser(t.database.db, { name: 'Alte Name' });
    const s = await login(t.app, user.email, TEST_PASSWORD);
    const res = await call(t.app, s, 'PATCH', '/api/me', { name: '  Neue Name  ', locale: 'en', version: user.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, name: 'Neue Name', locale: 'en', version: user.version + 1, email: user.email });
    expect((await call(t.app, s, 'GET', '/api/auth/session')).json().user.name).toBe('Neue Name');
  });

  it('detects a concurrent edit: the stale version gets 409 conflict with a German message', async () => {
    const user = await buildUser(t.database.db, { name: 'Erste Fassung' });
    const tab1 = await login(t.app, user.email, TEST_PASSWORD);
    const tab2 = await login(t.app, user.email, TEST_PASSWORD);
    expect((await call(t.app, tab1, 'PATCH', '/api/me', { name: 'Aus Tab eins', locale: 'de', version: user.version })).statusCode).toBe(200);
    const stale = expectProblem(await call(t.app, tab2, 'PATCH', '/api/me', { name: 'Aus Tab zwei', locale: 'de', version: user.version }), 409, 'conflict');
    expect(stale.detail).toMatch(/inzwischen von jemand anderem geändert/);
    expect((await findUser(t.database.db, user.id))!.name).toBe('Aus Tab eins');
  });

  it('names the field of invalid profile input', async () => {
    const user = await buildUser(t.database.db);
    const s = await login(t.app, user.email, TEST_PASSWORD);
    const problem = expectProblem(await call(t.app, s, 'PATCH', '/api/me', { name: 'X', locale: 'fr', version: user.version }), 400, 'validation_failed');
    expect(fieldsOf(problem).sort()).toEqual(['locale', 'name']);
    expect(problem.errors!.find((e) => e.field === 'name')!.message).toMatch(/mindestens 2 Zeichen/);
    const noVersion = expectProblem(await call(t.app, s, 'PATCH', '/api/me', { name: 'Gute Name', locale: 'de' }), 400);
    expect(noVersion.errors).toEqual([{ field: 'version', message: 'Das Feld „version“ fehlt.' }]);
  });
});

describe('own password', () => {
  it('refuses a wrong current password with 400 naming currentPassword', async () => {
    const user = await buildUser(t.database.db);
    const s = await login(t.app, user.email, TEST_PASSWORD);
    const problem = expectProblem(await call(t.app, s, 'POST', '/api/me/password', { currentPassword: 'falsch-falsch', newPassword: 'Neues-Passwort-99' }), 400, 'wrong_password');
    expect(problem.errors).toEqual([{ field: 'currentPassword', message: 'Das bisherige Passwort ist nicht korrekt.' }]);
    expect((await tryLogin(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses the same or a too short new password naming newPassword', async () => {
    const user = await buildUser(t.database.db);
    const s = await login(t.app, user.email, TEST_PASSWORD);
    const same = expectProblem(await call(t.app, s, 'POST', '/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }), 400);
    expect(fieldsOf(same)).toEqual(['newPassword']);
    const short = expectProblem(await call(t.app, s, 'POST', '/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'kurz' }), 400);
    expect(fieldsOf(short)).toEqual(['newPassword']);
  });

  it('ends the other sessions, keeps the current one and retires the old password', async () => {
    const user = await buildUser(t.database.db);
    const current = await login(t.app, user.email, TEST_PASSWORD);
    const other = await login(t.app, user.email, TEST_PASSWORD);
    const res = await call(t.app, current, 'POST', '/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Neues-Passwort-99' });
    expect(res.statusCode, res.body).toBe(204);
    expect((await call(t.app, current, 'GET', '/api/auth/session')).statusCode).toBe(200);
    expectProblem(await call(t.app, other, 'GET', '/api/auth/session'), 401, 'unauthenticated');
    expectProblem(await tryLogin(user.email, TEST_PASSWORD), 401, 'invalid_credentials');
    expect((await tryLogin(user.email, 'Neues-Passwort-99')).statusCode).toBe(200);
  });

  it('needs a signed-in user', async () => {
    expectProblem(await call(t.app, null, 'POST', '/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Neues-Passwort-99' }), 401, 'unauthenticated');
    expectProblem(await call(t.app, null, 'PATCH', '/api/me', { name: 'Niemand', locale: 'de', version: 1 }), 401, 'unauthenticated');
  });
});
