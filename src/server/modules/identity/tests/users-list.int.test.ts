import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { insertUser } from '../identity.repository.js';
import { buildUser } from '../../../testing/factories.js';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { buildTenants, expectProblem, fieldsOf, signedIn } from './support.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof buildTenants>>;
let coordinator: { user: { id: string }; session: Session };
let admin: Session;
const ownIds: string[] = [];
const schuleIds: string[] = [];
const foreignIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  tenants = await buildTenants(db);
  coordinator = await signedIn(t.app, db, 'kommunalkoordination', tenants.kommuneA, { name: 'Kora Koordination' });
  admin = (await signedIn(t.app, db, 'administration', undefined, { name: 'Zora Administration' })).session;
  ownIds.push(coordinator.user.id);
  for (let i = 1; i <= 5; i++) ownIds.push((await buildUser(db, { role: 'lesend', scopeId: tenants.kommuneA.id, name: `Anna Kommune ${i}` })).id);
  for (let i = 1; i <= 3; i++) {
    const u = await buildUser(db, { role: 'fachkraft', scopeId: tenants.schuleA.id, name: `Bert Schule ${i}`, email: `bert.schule.${i}@schule-a.example.org` });
    ownIds.push(u.id);
    schuleIds.push(u.id);
  }
  ownIds.push((await buildUser(db, { role: 'mitglied', scopeId: tenants.netzwerkA.id, name: 'Nina 100%_Netzwerk' })).id);
  for (let i = 1; i <= 3; i++) foreignIds.push((await buildUser(db, { role: 'lesend', scopeId: tenants.kommuneB.id, name: `Anna Fremd ${i}` })).id);
});
afterAll(async () => t.close());

type Page = { items: { id: string; name: string; memberships: { scope: { id: string } }[] }[]; total: number; page: number; pageSize: number };
const list = async (as: Session, query = ''): Promise<Page> => {
  const res = await call(t.app, as, 'GET', `/api/users${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('user list', () => {
  it('shows a coordinator exactly the people of their own Kommune, sorted by name', async () => {
    const page = await list(coordinator.session, '?pageSize=200');
    expect(page.items.map((u) => u.id).sort()).toEqual([...ownIds].sort());
    expect(page.total).toBe(ownIds.length);
    const names = page.items.map((u) => u.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(page.items.some((u) => foreignIds.includes(u.id))).toBe(false);
  });

  it('pages without gaps or overlaps', async () => {
    const seen: string[] = [];
    for (let p = 1; p <= 4; p++) {
      const page = await list(coordinator.session, `?page=${p}&pageSize=3`);
      expect(page).toMatchObject({ page: p, pageSize: 3, total: ownIds.length });
      expect(page.items.length).toBe(Math.max(0, Math.min(3, ownIds.length - (p - 1) * 3)));
      seen.push(...page.items.map((u) => u.id));
    }
    expect(seen).toHaveLength(ownIds.length);
    expect(new Set(seen)).toEqual(new Set(ownIds));
  });

  it('searches name and e-mail, case-insensitively, and takes % and _ literally', async () => {
    expect((await list(coordinator.session, '?q=anna')).items.map((u) => u.name).sort()).toEqual(['Anna Kommune 1', 'Anna Kommune 2', 'Anna Kommune 3', 'Anna Kommune 4', 'Anna Kommune 5']);
    expect((await list(coordinator.session, '?q=SCHULE-A.EXAMPLE')).total).toBe(3);
    expect((await list(coordinator.session, `?q=${encodeURIComponent('100%_')}`)).items.map((u) => u.name)).toEqual(['Nina 100%_Netzwerk']);
    expect((await list(coordinator.session, `?q=${encodeURIComponent('%')}`)).total).toBe(1);
    expect((await list(coordinator.session, '?q=Fremd')).total).toBe(0);
  });

  it('filters by a scope and its subtree', async () => {
    expect((await list(coordinator.session, `?scopeId=${tenants.schuleA.id}`)).items.map((u) => u.id).sort()).toEqual([...schuleIds].sort());
    expect((await list(coordinator.session, `?scopeId=${tenants.kommuneA.id}&pageSize=200`)).total).toBe(ownIds.length);
  });

  it('answers 404 for a foreign or unknown scope filter', async () => {
    expectProblem(await call(t.app, coordinator.session, 'GET', `/api/users?scopeId=${tenants.kommuneB.id}`), 404, 'not_found');
    expectProblem(await call(t.app, coordinator.session, 'GET', `/api/users?scopeId=${randomUUID()}`), 404, 'not_found');
  });

  it('shows a platform administration everyone, also people without any role', async () => {
    const orphan = await insertUser(t.database.db, { email: 'ohne-rolle@example.org', name: 'Otto Ohne Rolle', passwordHash: null });
    const page = await list(admin, '?pageSize=200');
    const ids = page.items.map((u) => u.id);
    for (const id of [...ownIds, ...foreignIds, orphan.id]) expect(ids).toContain(id);
    expect((await list(coordinator.session, '?q=Otto')).total).toBe(0);
    expect((await list(admin, `?scopeId=${tenants.kommuneB.id}`)).items.map((u) => u.id).sort()).toEqual([...foreignIds].sort());
  });

  it('rejects bad paging values naming the field', async () => {
    const problem = expectProblem(await call(t.app, coordinator.session, 'GET', '/api/users?page=0&pageSize=500'), 400, 'validation_failed');
    expect(fieldsOf(problem).sort()).toEqual(['page', 'pageSize']);
    expect(fieldsOf(expectProblem(await call(t.app, coordinator.session, 'GET', '/api/users?sort=name'), 400))).toEqual(['sort']);
  });

  it('is closed to people without a coordinating role', async () => {
    const { session } = await signedIn(t.app, t.database.db, 'schulleitung', tenants.schuleA);
    expectProblem(await call(t.app, session, 'GET', '/api/users'), 403, 'forbidden');
  });
});
