import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, sessionFrom, type Session, type TestApp } from '../../../testing/test-app.js';
import { countUsers } from '../identity.repository.js';
import { buildTenants, expectProblem, expireToken, fieldsOf, signedIn, tokenOf } from './support.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof buildTenants>>;
let coordinator: Session;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://strang.example.org' });
  tenants = await buildTenants(t.database.db);
  coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneA)).session;
});
afterAll(async () => t.close());

let counter = 0;
const invite = (overrides: Record<string, unknown> = {}, as: Session = coordinator) =>
  call(t.app, as, 'POST', '/api/users/invitations', {
    email: `eingeladen-${++counter}@example.org`,
    name: 'Eingeladene Person',
    scopeId: tenants.schuleA.id,
    role: 'fachkraft',
    ...overrides,
  });

const accept = (token: string, payload: unknown = { name: 'Frieda Fachkraft', password: 'Mein-neues-Passwort-1' }) =>
  t.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: payload as object });

describe('invitations', () => {
  it('invites, shows the invitation and signs the person in on acceptance', async () => {
    const res = await invite({ email: 'Frieda@Example.org', role: 'fachkraft' });
    expect(res.statusCode, res.body).toBe(201);
    const { link, userId, emailed, expiresAt } = res.json();
    expect(link).toMatch(/^https:\/\/strang\.example\.org\/einladung\/[\w-]{20,}$/);
    expect(emailed).toBe(false);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3_600_000);

    const info = await t.app.inject({ method: 'GET', url: `/api/invitations/${tokenOf(link)}` });
    expect(info.statusCode).toBe(200);
    expect(info.json()).toEqual({ email: 'frieda@example.org', name: 'Eingeladene Person', role: 'fachkraft', scopeName: 'Schule A', expiresAt });

    // Before acceptance the account cannot sign in.
    const early = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'frieda@example.org', password: 'Mein-neues-Passwort-1' } });
    expectProblem(early, 401, 'invalid_credentials');

    const accepted = await accept(tokenOf(link));
    expect(accepted.statusCode, accepted.body).toBe(200);
    const session = sessionFrom(accepted);
    expect(session.userId).toBe(userId);
    expect(accepted.json().user).toMatchObject({ name: 'Frieda Fachkraft', active: true, memberships: [{ role: 'fachkraft', scope: { id: tenants.schuleA.id } }] });
    expect((await call(t.app, session, 'GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await login(t.app, 'frieda@example.org', 'Mein-neues-Passwort-1')).userId).toBe(userId);
  });

  it('answers 404 invitation_invalid when the link is used a second time', async () => {
    const { link } = (await invite()).json();
    expect((await accept(tokenOf(link))).statusCode).toBe(200);
    expectProblem(await accept(tokenOf(link), { name: 'Jemand Anderes', password: 'Anderes-Passwort-2' }), 404, 'invitation_invalid');
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/invitations/${tokenOf(link)}` }), 404, 'invitation_invalid');
  });

  it('answers 404 invitation_invalid for an expired link', async () => {
    const { link } = (await invite()).json();
    await expireToken(t.database.db, tokenOf(link));
    const problem = expectProblem(await t.app.inject({ method: 'GET', url: `/api/invitations/${tokenOf(link)}` }), 404, 'invitation_invalid');
    expect(problem.detail).toMatch(/abgelaufen/);
    expectProblem(await accept(tokenOf(link)), 404, 'invitation_invalid');
  });

  it('does not let a deactivated invitee in through the old link', async () => {
    const { link, userId } = (await invite()).json();
    expect((await call(t.app, coordinator, 'POST', `/api/users/${userId}/deactivate`)).statusCode).toBe(200);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/invitations/${tokenOf(link)}` }), 404, 'invitation_invalid');
    expectProblem(await accept(tokenOf(link)), 404, 'invitation_invalid');
  });

  it('answers 404 for an unknown link and 400 for a malformed one', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/invitations/${'x'.repeat(43)}` }), 404, 'invitation_invalid');
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/invitations/kurz' }), 400, 'validation_failed');
  });

  it('keeps the link usable when the chosen password is rejected', async () => {
    const { link } = (await invite()).json();
    const weak = expectProblem(await accept(tokenOf(link), { name: 'Frieda Fachkraft', password: 'kurz' }), 400, 'validation_failed');
    expect(fieldsOf(weak)).toEqual(['password']);
    expect((await accept(tokenOf(link))).statusCode).toBe(200);
  });

  it('replaces the link when a new one is requested for someone who never accepted', async () => {
    const first = (await invite()).json();
    const renewed = await call(t.app, coordinator, 'POST', `/api/users/${first.userId}/password-reset`);
    expect(renewed.statusCode).toBe(201);
    expect(renewed.json().link).toMatch(/\/einladung\//);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/invitations/${tokenOf(first.link)}` }), 404, 'invitation_invalid');
    expect((await accept(tokenOf(renewed.json().link))).statusCode).toBe(200);
  });

  it('does not let a coordinator invite into a foreign Kommune', async () => {
    const before = await countUsers(t.database.db);
    const problem = expectProblem(await invite({ scopeId: tenants.kommuneB.id }), 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual(['scopeId']);
    // Nor into the Land above their Kommune.
    expect(fieldsOf(expectProblem(await invite({ scopeId: tenants.landA.id }), 400))).toEqual(['scopeId']);
    expect(await countUsers(t.database.db)).toBe(before);
  });

  it('does not let a coordinator grant a role above their own', async () => {
    for (const role of ['administration', 'landeskoordination']) {
      const problem = expectProblem(await invite({ scopeId: tenants.kommuneA.id, role }), 400, 'validation_failed');
      expect(fieldsOf(problem)).toEqual(['role']);
      expect(problem.detail).toMatch(/nicht vergeben/);
    }
    expect((await invite({ scopeId: tenants.kommuneA.id, role: 'kommunalkoordination' })).statusCode).toBe(201);
    expect((await invite({ scopeId: tenants.netzwerkA.id, role: 'mitglied' })).statusCode).toBe(201);
  });

  it('answers 409 email_taken when the address already has an account, whatever its case', async () => {
    expect((await invite({ email: 'doppelt@example.org' })).statusCode).toBe(201);
    const problem = expectProblem(await invite({ email: ' DOPPELT@example.org ' }), 409, 'email_taken');
    expect(fieldsOf(problem)).toEqual(['email']);
  });

  it('forbids people without a coordinating role to invite', async () => {
    const { session } = await signedIn(t.app, t.database.db, 'schulleitung', tenants.schuleA);
    expectProblem(await invite({}, session), 403, 'forbidden');
  });
});

describe('invitations under concurrency', () => {
  it('answers 409 email_taken, not 500, when the same address is invited twice at once', async () => {
    const [a, b] = await Promise.all([invite({ email: 'gleichzeitig@example.org' }), invite({ email: 'gleichzeitig@example.org' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expectProblem([a, b].find((r) => r.statusCode === 409)!, 409, 'email_taken');
  });
});
