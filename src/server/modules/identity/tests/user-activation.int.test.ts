import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser, insertMembership } from '../identity.repository.js';
import { buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { call, createTestApp, login, type Session, type TestApp } from '../../../testing/test-app.js';
import { buildTenants, expectProblem, signedIn } from './support.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof buildTenants>>;
let coordinator: { user: { id: string }; session: Session };

beforeAll(async () => {
  t = await createTestApp();
  tenants = await buildTenants(t.database.db);
  coordinator = await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneA);
});
afterAll(async () => t.close());

const deactivate = (as: Session, id: string) => call(t.app, as, 'POST', `/api/users/${id}/deactivate`);
const reactivate = (as: Session, id: string) => call(t.app, as, 'POST', `/api/users/${id}/reactivate`);
const tryLogin = (email: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });

describe('deactivating and reactivating accounts', () => {
  it('ends every session at once, refuses login with account_inactive, and reactivation lets the person back in', async () => {
    const user = await buildUser(t.database.db, { role: 'fachkraft', scopeId: tenants.schuleA.id });
    const sessions = [await login(t.app, user.email, TEST_PASSWORD), await login(t.app, user.email, TEST_PASSWORD)];

    const res = await deactivate(coordinator.session, user.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, active: false, version: user.version + 1, memberships: [{ role: 'fachkraft' }] });
    for (const s of sessions) expectProblem(await call(t.app, s, 'GET', '/api/auth/session'), 401, 'unauthenticated');

    const refused = expectProblem(await tryLogin(user.email), 403, 'account_inactive');
    expect(refused.detail).toMatch(/deaktiviert/);

    const back = await reactivate(coordinator.session, user.id);
    expect(back.statusCode).toBe(200);
    expect(back.json().active).toBe(true);
    expect((await tryLogin(user.email)).statusCode).toBe(200);
  });

  it('keeps the memberships and the account of a deactivated person', async () => {
    const user = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneA.id });
    await deactivate(coordinator.session, user.id);
    const shown = await call(t.app, coordinator.session, 'GET', `/api/users/${user.id}`);
    expect(shown.json()).toMatchObject({ active: false, memberships: [{ role: 'lesend', scope: { id: tenants.kommuneA.id } }] });
  });

  it('does not let anyone deactivate their own account', async () => {
    const problem = expectProblem(await deactivate(coordinator.session, coordinator.user.id), 409, 'cannot_deactivate_self');
    expect(problem.detail).toMatch(/eigenes Konto/);
    expect((await findUser(t.database.db, coordinator.user.id))!.active).toBe(true);
    expect((await call(t.app, coordinator.session, 'GET', '/api/auth/session')).statusCode).toBe(200);
  });

  it('hides a person of a foreign Kommune (404) and refuses one who also works elsewhere (403)', async () => {
    const foreign = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneB.id });
    expectProblem(await deactivate(coordinator.session, foreign.id), 404, 'not_found');

    const both = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneA.id });
    await insertMembership(t.database.db, { userId: both.id, scopeId: tenants.kommuneB.id, role: 'lesend' });
    expectProblem(await deactivate(coordinator.session, both.id), 403, 'forbidden');
    expect((await findUser(t.database.db, both.id))!.active).toBe(true);

    // A person with a higher role in the same Kommune is out of reach too.
    const peerAbove = await buildUser(t.database.db, { role: 'landeskoordination', scopeId: tenants.kommuneA.id });
    expectProblem(await deactivate(coordinator.session, peerAbove.id), 403, 'forbidden');
  });

  it('lets a platform administration deactivate anyone but not people without a coordinating role', async () => {
    const { session: admin } = await signedIn(t.app, t.database.db, 'administration');
    const foreign = await buildUser(t.database.db, { role: 'kommunalkoordination', scopeId: tenants.kommuneB.id });
    expect((await deactivate(admin, foreign.id)).statusCode).toBe(200);
    const { session: schulleitung } = await signedIn(t.app, t.database.db, 'schulleitung', tenants.schuleA);
    const colleague = await buildUser(t.database.db, { role: 'fachkraft', scopeId: tenants.schuleA.id });
    expectProblem(await deactivate(schulleitung, colleague.id), 403, 'forbidden');
  });
});
