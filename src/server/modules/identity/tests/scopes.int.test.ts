import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRootScope, type ScopeRow } from '../identity.repository.js';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { buildTenants, expectProblem, fieldsOf, signedIn } from './support.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof buildTenants>>;
let root: ScopeRow;
let admin: Session;
let coordinator: Session;

beforeAll(async () => {
  t = await createTestApp();
  tenants = await buildTenants(t.database.db);
  root = await ensureRootScope(t.database.db);
  admin = (await signedIn(t.app, t.database.db, 'administration')).session;
  coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneA)).session;
});
afterAll(async () => t.close());

type ScopeItem = { id: string; type: string; name: string; parentId: string | null; path: string };
const scopesOf = async (as: Session, purpose?: 'manage' | 'read'): Promise<ScopeItem[]> => {
  const res = await call(t.app, as, 'GET', `/api/scopes${purpose ? `?purpose=${purpose}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};
const create = (as: Session, body: Record<string, unknown>) => call(t.app, as, 'POST', '/api/scopes', body);

describe('scope list', () => {
  it('gives a coordinator their Kommune and everything below it, in tree order', async () => {
    const items = await scopesOf(coordinator);
    expect(items[0]!.id).toBe(tenants.kommuneA.id);
    expect(items.map((s) => s.id).sort()).toEqual([tenants.kommuneA.id, tenants.schuleA.id, tenants.netzwerkA.id].sort());
    for (const s of items.slice(1)) expect(s.path.startsWith(tenants.kommuneA.path)).toBe(true);
  });

  it('gives people without a coordinating role nothing to manage but their own scope to read', async () => {
    const { session } = await signedIn(t.app, t.database.db, 'schulleitung', tenants.schuleA);
    expect(await scopesOf(session, 'manage')).toEqual([]);
    expect((await scopesOf(session, 'read')).map((s) => s.id)).toEqual([tenants.schuleA.id]);
  });

  it('gives the platform administration the whole tree starting at the root', async () => {
    const items = await scopesOf(admin);
    expect(items[0]).toMatchObject({ id: root.id, type: 'plattform', parentId: null });
    for (const s of Object.values(tenants)) expect(items.map((i) => i.id)).toContain(s.id);
  });
});

describe('creating scopes', () => {
  it('lets a coordinator create a Schule in their Kommune, which then appears in the list', async () => {
    const res = await create(coordinator, { type: 'schule', name: '  Grundschule Am Park ', code: '123456', parentId: tenants.kommuneA.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ type: 'schule', name: 'Grundschule Am Park', code: '123456', parentId: tenants.kommuneA.id });
    expect(res.json().path).toBe(`${tenants.kommuneA.path}${res.json().id}/`);
    expect((await scopesOf(coordinator)).map((s) => s.id)).toContain(res.json().id);
  });

  it('refuses a type that cannot sit below the parent with 400 naming type', async () => {
    const problem = expectProblem(await create(coordinator, { type: 'kommune', name: 'Kommune in Kommune', parentId: tenants.kommuneA.id }), 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual(['type']);
    expect(problem.detail).toMatch(/„Kommune“ kann nicht unter „Kommune“/);
    expect(fieldsOf(expectProblem(await create(coordinator, { type: 'schule', name: 'Schule in Schule', parentId: tenants.schuleA.id }), 400))).toEqual(['type']);
    expect(fieldsOf(expectProblem(await create(admin, { type: 'plattform', name: 'Zweite Plattform', parentId: root.id }), 400))).toEqual(['type']);
  });

  it('refuses a code already used by a scope of the same type with 409, allows it for another type', async () => {
    expect((await create(coordinator, { type: 'schule', name: 'Erste Schule', code: 'S-777', parentId: tenants.kommuneA.id })).statusCode).toBe(201);
    const problem = expectProblem(await create(coordinator, { type: 'schule', name: 'Zweite Schule', code: 'S-777', parentId: tenants.kommuneA.id }), 409, 'scope_code_taken');
    expect(fieldsOf(problem)).toEqual(['code']);
    expect(problem.detail).toMatch(/S-777/);
    expect((await create(coordinator, { type: 'netzwerk', name: 'Netzwerk gleicher Nummer', code: 'S-777', parentId: tenants.kommuneA.id })).statusCode).toBe(201);
  });

  it('answers 409, not 500, when the same code is created twice at once', async () => {
    const body = { type: 'schule', name: 'Doppelt angelegt', code: 'S-888', parentId: tenants.kommuneA.id };
    const results = await Promise.all([create(coordinator, body), create(coordinator, body)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expectProblem(results.find((r) => r.statusCode === 409)!, 409, 'scope_code_taken');
  });

  it('creates several scopes without a code', async () => {
    for (const name of ['Netzwerk ohne Nummer 1', 'Netzwerk ohne Nummer 2']) {
      expect((await create(coordinator, { type: 'netzwerk', name, code: '', parentId: tenants.kommuneA.id })).json().code).toBeNull();
    }
  });

  it('does not let a coordinator create outside their Kommune', async () => {
    expect(fieldsOf(expectProblem(await create(coordinator, { type: 'schule', name: 'Fremde Schule', parentId: tenants.kommuneB.id }), 400))).toEqual(['parentId']);
    expect(fieldsOf(expectProblem(await create(coordinator, { type: 'kommune', name: 'Neue Kommune', parentId: tenants.landA.id }), 400))).toEqual(['parentId']);
    expect(fieldsOf(expectProblem(await create(coordinator, { type: 'land', name: 'Neues Land', parentId: root.id }), 400))).toEqual(['parentId']);
  });

  it('lets the platform administration create a Land', async () => {
    const res = await create(admin, { type: 'land', name: 'Land C', code: 'LC', parentId: root.id });
    expect(res.statusCode).toBe(201);
    expect(res.json().parentId).toBe(root.id);
  });

  it('is closed to people without a coordinating role', async () => {
    const { session } = await signedIn(t.app, t.database.db, 'lesend', tenants.kommuneA);
    expectProblem(await create(session, { type: 'netzwerk', name: 'Nicht erlaubt', parentId: tenants.kommuneA.id }), 403, 'forbidden');
  });
});

describe('role list', () => {
  const grantable = async (as: Session) => {
    const res = await call(t.app, as, 'GET', '/api/roles');
    expect(res.statusCode).toBe(200);
    return Object.fromEntries((res.json().items as { role: string; label: string; grantable: boolean }[]).map((r) => [r.role, r.grantable]));
  };

  it('lists every role with its German label in order from most to least powerful', async () => {
    const res = await call(t.app, coordinator, 'GET', '/api/roles');
    expect(res.json().items.map((r: { role: string }) => r.role)).toEqual(['administration', 'landeskoordination', 'kommunalkoordination', 'schulleitung', 'fachkraft', 'mitglied', 'lesend']);
    expect(res.json().items[6].label).toBe('Lesend (Steuergruppe)');
  });

  it('marks the roles a coordinator may grant: up to their own level', async () => {
    expect(await grantable(coordinator)).toEqual({
      administration: false,
      landeskoordination: false,
      kommunalkoordination: true,
      schulleitung: true,
      fachkraft: true,
      mitglied: true,
      lesend: true,
    });
  });

  it('lets the platform administration grant everything and others nothing', async () => {
    expect(Object.values(await grantable(admin)).every(Boolean)).toBe(true);
    const { session } = await signedIn(t.app, t.database.db, 'fachkraft', tenants.schuleA);
    expect(Object.values(await grantable(session)).some(Boolean)).toBe(false);
  });
});
