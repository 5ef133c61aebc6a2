import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { call, createTestApp, login, type Session, type TestApp } from '../../../testing/test-app.js';
import { buildTenants, expectProblem, expireToken, signedIn, tokenOf } from './support.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof buildTenants>>;
let coordinator: Session;

beforeAll(async () => {
  t = await createTestApp();
  tenants = await buildTenants(t.database.db);
  coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneA)).session;
});
afterAll(async () => t.close());

const createReset = (userId: string, as: Session = coordinator) => call(t.app, as, 'POST', `/api/users/${userId}/password-reset`);
const reset = (token: string, password = 'Ganz-neues-Passwort-1') =>
  t.app.inject({ method: 'POST', url: `/api/password-reset/${token}`, payload: { password } });
const tryLogin = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('password reset', () => {
  it('creates a link, sets the new password, ends every session and retires the old password', async () => {
    const user = await buildUser(t.database.db, { role: 'fachkraft', scopeId: tenants.schuleA.id });
    const sessions = [await login(t.app, user.email, TEST_PASSWORD), await login(t.app, user.email, TEST_PASSWORD)];

    const created = await createReset(user.id);
    expect(created.statusCode, created.body).toBe(201);
    const { link, emailed } = created.json();
    expect(link).toMatch(/\/passwort-zuruecksetzen\/[\w-]{20,}$/);
    expect(emailed).toBe(false);

    const info = await t.app.inject({ method: 'GET', url: `/api/password-reset/${tokenOf(link)}` });
    expect(info.statusCode).toBe(200);
    expect(info.json()).toEqual({ email: user.email });

    const done = await reset(tokenOf(link));
    expect(done.statusCode, done.body).toBe(204);

    for (const s of sessions) expectProblem(await call(t.app, s, 'GET', '/api/auth/session'), 401, 'unauthenticated');
    expectProblem(await tryLogin(user.email, TEST_PASSWORD), 401, 'invalid_credentials');
    expect((await tryLogin(user.email, 'Ganz-neues-Passwort-1')).statusCode).toBe(200);
  });

  it('accepts a link only once', async () => {
    const user = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneA.id });
    const { link } = (await createReset(user.id)).json();
    expect((await reset(tokenOf(link))).statusCode).toBe(204);
    expectProblem(await reset(tokenOf(link), 'Noch-ein-Passwort-2'), 404, 'reset_invalid');
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/password-reset/${tokenOf(link)}` }), 404, 'reset_invalid');
    expect((await tryLogin(user.email, 'Ganz-neues-Passwort-1')).statusCode).toBe(200);
  });

  it('refuses an expired link and one replaced by a newer link', async () => {
    const user = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneA.id });
    const first = (await createReset(user.id)).json().link;
    const second = (await createReset(user.id)).json().link;
    expectProblem(await reset(tokenOf(first)), 404, 'reset_invalid');
    await expireToken(t.database.db, tokenOf(second));
    expectProblem(await reset(tokenOf(second)), 404, 'reset_invalid');
    expect((await tryLogin(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('keeps invitation and reset links apart', async () => {
    const invited = await call(t.app, coordinator, 'POST', '/api/users/invitations', {
      email: 'noch-nicht-da@example.org',
      name: 'Noch Nicht Da',
      scopeId: tenants.kommuneA.id,
      role: 'lesend',
    });
    const token = tokenOf(invited.json().link);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/password-reset/${token}` }), 404, 'reset_invalid');
    expectProblem(await reset(token), 404, 'reset_invalid');
  });

  it('rejects a too short new password and leaves the link usable', async () => {
    const user = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneA.id });
    const { link } = (await createReset(user.id)).json();
    const problem = expectProblem(await reset(tokenOf(link), 'kurz'), 400, 'validation_failed');
    expect(problem.errors?.[0]).toMatchObject({ field: 'password', message: expect.stringMatching(/mindestens 10 Zeichen/) });
    expect((await reset(tokenOf(link))).statusCode).toBe(204);
  });

  it('lets a coordinator create links only for people they manage', async () => {
    const foreign = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneB.id });
    expectProblem(await createReset(foreign.id), 404, 'not_found');
    const landPerson = await buildUser(t.database.db, { role: 'landeskoordination', scopeId: tenants.landA.id });
    expectProblem(await createReset(landPerson.id), 404, 'not_found');
    const { session: fachkraft } = await signedIn(t.app, t.database.db, 'fachkraft', tenants.schuleA);
    const colleague = await buildUser(t.database.db, { role: 'fachkraft', scopeId: tenants.schuleA.id });
    expectProblem(await createReset(colleague.id, fachkraft), 403, 'forbidden');
  });
});
