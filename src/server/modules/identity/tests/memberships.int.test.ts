import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ensureRootScope, listMemberships } from '../identity.repository.js';
import { buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { call, createTestApp, login, type Session, type TestApp } from '../../../testing/test-app.js';
import { buildTenants, expectProblem, fieldsOf, signedIn } from './support.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof buildTenants>>;
let admin: { user: { id: string }; session: Session };
let coordinator: Session;

beforeAll(async () => {
  t = await createTestApp();
  tenants = await buildTenants(t.database.db);
  // The only platform administration in this database.
  admin = await signedIn(t.app, t.database.db, 'administration');
  coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneA)).session;
});
afterAll(async () => t.close());

const grant = (as: Session, userId: string, scopeId: string, role: string) => call(t.app, as, 'POST', `/api/users/${userId}/memberships`, { scopeId, role });
const revoke = (as: Session, membershipId: string) => call(t.app, as, 'DELETE', `/api/memberships/${membershipId}`);
const rolesOf = async (userId: string) => (await listMemberships(t.database.db, [userId])).map((m) => `${m.role}@${m.scope.name}`).sort();

describe('memberships', () => {
  it('grants a role, refuses the same role twice with 409 and revokes it', async () => {
    const user = await buildUser(t.database.db, { role: 'fachkraft', scopeId: tenants.schuleA.id });
    const granted = await grant(coordinator, user.id, tenants.netzwerkA.id, 'mitglied');
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({ role: 'mitglied', scope: { id: tenants.netzwerkA.id, type: 'netzwerk', name: 'Netzwerk A' } });
    expect(await rolesOf(user.id)).toEqual(['fachkraft@Schule A', 'mitglied@Netzwerk A']);

    const shown = await call(t.app, coordinator, 'GET', `/api/users/${user.id}`);
    expect(shown.json().memberships.map((m: { id: string }) => m.id)).toContain(granted.json().id);

    const twice = expectProblem(await grant(coordinator, user.id, tenants.netzwerkA.id, 'mitglied'), 409, 'membership_exists');
    expect(twice.detail).toMatch(/bereits/);

    expect((await revoke(coordinator, granted.json().id)).statusCode).toBe(204);
    expect(await rolesOf(user.id)).toEqual(['fachkraft@Schule A']);
    expectProblem(await revoke(coordinator, granted.json().id), 404, 'not_found');
  });

  it('lets a coordinator grant up to their own level in their own Kommune only', async () => {
    const user = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneA.id });
    expect((await grant(coordinator, user.id, tenants.schuleA.id, 'schulleitung')).statusCode).toBe(201);
    expect((await grant(coordinator, user.id, tenants.kommuneA.id, 'kommunalkoordination')).statusCode).toBe(201);
    for (const role of ['landeskoordination', 'administration']) {
      expect(fieldsOf(expectProblem(await grant(coordinator, user.id, tenants.kommuneA.id, role), 400, 'validation_failed'))).toEqual(['role']);
    }
    expect(fieldsOf(expectProblem(await grant(coordinator, user.id, tenants.kommuneB.id, 'lesend'), 400))).toEqual(['scopeId']);
    expect(fieldsOf(expectProblem(await grant(coordinator, user.id, tenants.landA.id, 'lesend'), 400))).toEqual(['scopeId']);
    expect(fieldsOf(expectProblem(await grant(coordinator, user.id, randomUUID(), 'lesend'), 400))).toEqual(['scopeId']);
  });

  it('hides people and roles of a foreign Kommune with 404', async () => {
    const foreign = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneB.id });
    expectProblem(await grant(coordinator, foreign.id, tenants.kommuneA.id, 'lesend'), 404, 'not_found');
    const [m] = await listMemberships(t.database.db, [foreign.id]);
    expectProblem(await revoke(coordinator, m!.id), 404, 'not_found');
    expect(await rolesOf(foreign.id)).toEqual(['lesend@Kommune B']);
    expectProblem(await grant(coordinator, randomUUID(), tenants.kommuneA.id, 'lesend'), 404, 'not_found');
  });

  it('forbids people without a coordinating role to grant or revoke', async () => {
    const { session: schulleitung } = await signedIn(t.app, t.database.db, 'schulleitung', tenants.schuleA);
    const user = await buildUser(t.database.db, { role: 'fachkraft', scopeId: tenants.schuleA.id });
    expectProblem(await grant(schulleitung, user.id, tenants.schuleA.id, 'lesend'), 403, 'forbidden');
    const [m] = await listMemberships(t.database.db, [user.id]);
    expectProblem(await revoke(schulleitung, m!.id), 403, 'forbidden');
  });

  it('never removes the last platform administration', async () => {
    const root = await ensureRootScope(t.database.db);
    const [own] = (await listMemberships(t.database.db, [admin.user.id])).filter((m) => m.scope.id === root.id);
    const last = expectProblem(await revoke(admin.session, own!.id), 409, 'last_admin');
    expect(last.detail).toMatch(/letzte Administrationsrolle/);

    const second = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneA.id });
    const granted = await grant(admin.session, second.id, root.id, 'administration');
    expect(granted.statusCode, granted.body).toBe(201);
    // With two, one may go; then the remaining one is the last again.
    expect((await revoke(admin.session, granted.json().id)).statusCode).toBe(204);
    expectProblem(await revoke(admin.session, own!.id), 409, 'last_admin');
    expect(await rolesOf(admin.user.id)).toEqual(['administration@Gesamte Plattform']);
  });

  it('lets only an administration grant the administration role', async () => {
    const { session: land } = await signedIn(t.app, t.database.db, 'landeskoordination', tenants.landA);
    const user = await buildUser(t.database.db, { role: 'lesend', scopeId: tenants.kommuneA.id });
    expect(fieldsOf(expectProblem(await grant(land, user.id, tenants.kommuneA.id, 'administration'), 400))).toEqual(['role']);
    expect((await grant(land, user.id, tenants.kommuneA.id, 'landeskoordination')).statusCode).toBe(201);
  });
});

describe('last administration under concurrency', () => {
  it('keeps one administration when two revoke each other at the same time', async () => {
    const root = await ensureRootScope(t.database.db);
    for (let round = 0; round < 5; round++) {
      const other = await signedIn(t.app, t.database.db, 'administration');
      const ms = await listMemberships(t.database.db, [admin.user.id, other.user.id]);
      const mine = ms.find((m) => m.userId === admin.user.id && m.scope.id === root.id)!;
      const theirs = ms.find((m) => m.userId === other.user.id && m.scope.id === root.id)!;
      const [a, b] = await Promise.all([revoke(admin.session, theirs.id), revoke(other.session, mine.id)]);
      const statuses = [a.statusCode, b.statusCode].sort();
      // The loser is refused by the last-administration check (409) or, when the other revocation
      // committed before its request loaded the caller, for lacking the role by then (403).
      expect(statuses[0]).toBe(204);
      expect([403, 409]).toContain(statuses[1]);
      const left = (await listMemberships(t.database.db, [admin.user.id, other.user.id])).filter((m) => m.role === 'administration');
      expect(left).toHaveLength(1);
      if (left[0]!.userId !== admin.user.id) admin = other;
    }
  });
});

describe('last active administration', () => {
  it('does not count a deactivated administration and refuses to deactivate the last active one', async () => {
    const root = await ensureRootScope(t.database.db);
    const other = await signedIn(t.app, t.database.db, 'administration');
    expect((await call(t.app, admin.session, 'POST', `/api/users/${other.user.id}/deactivate`)).statusCode).toBe(200);
    const mine = (await listMemberships(t.database.db, [admin.user.id])).find((m) => m.scope.id === root.id)!;
    expectProblem(await revoke(admin.session, mine.id), 409, 'last_admin');

    expect((await call(t.app, admin.session, 'POST', `/api/users/${other.user.id}/reactivate`)).statusCode).toBe(200);
    const otherSession = await login(t.app, other.user.email, TEST_PASSWORD);
    expect((await call(t.app, otherSession, 'POST', `/api/users/${admin.user.id}/deactivate`)).statusCode).toBe(200);
    const last = expectProblem(await call(t.app, admin.session, 'POST', `/api/users/${other.user.id}/deactivate`), 401);
    expect(last.code).toBe('unauthenticated');
    const refused = expectProblem(await call(t.app, otherSession, 'POST', `/api/users/${other.user.id}/deactivate`), 409);
    expect(refused.code).toBe('cannot_deactivate_self');
    // Bring the first administration back for the other tests of this file.
    expect((await call(t.app, otherSession, 'POST', `/api/users/${admin.user.id}/reactivate`)).statusCode).toBe(200);
    admin = { user: admin.user, session: await login(t.app, (admin.user as unknown as { email: string }).email, TEST_PASSWORD) };
  });

  it('keeps one active administration when two deactivate each other at the same time', async () => {
    const other = await signedIn(t.app, t.database.db, 'administration');
    // Only these two are active platform administrations.
    await t.database.db.execute(sql`update users set active = false where id not in (${admin.user.id}, ${other.user.id})`);
    const [a, b] = await Promise.all([
      call(t.app, admin.session, 'POST', `/api/users/${other.user.id}/deactivate`),
      call(t.app, other.session, 'POST', `/api/users/${admin.user.id}/deactivate`),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses[0]).toBe(200);
    expect([401, 409]).toContain(statuses[1]);
    const active = await t.database.db.execute(sql`select count(*)::int as n from users u join memberships m on m.user_id = u.id
      join scopes s on s.id = m.scope_id where m.role = 'administration' and s.type = 'plattform' and u.active`);
    expect((active as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
  });
});
