import { randomBytes } from 'node:crypto';
import { networksAuditedAs, networksEntityTypes } from '../../networks/tests/audited-as.js';
import { allocationAuditedAs, allocationEntityTypes, allocationReadOnlyPosts } from '../../allocation/tests/audited-as.js';
import { transitionsActingRole, transitionsAuditedAs, transitionsEntityTypes } from '../../transitions/tests/audited-as.js';
import { transferActingRole, transferAuditedAs, transferEntityTypes } from '../../transfer/tests/audited-as.js';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix, fillUrl } from '../../../access-matrix/access-matrix.js';
import { buildWorld, freshCaller, type World } from '../../../access-matrix/world.js';
import { auditLog } from '../../../core/audit.schema.js';
import { buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { createTestApp, login, sessionFrom, type Session, type TestApp } from '../../../testing/test-app.js';
import { expectProblem } from '../../identity/tests/support.js';

let t: TestApp;
let firstAdmin: Session;
let w: World;

beforeAll(async () => {
  t = await createTestApp();
  // The first administration comes from the setup, which is audited too.
  firstAdmin = sessionFrom(
    await t.app.inject({ method: 'POST', url: '/api/setup', headers: { 'x-request-id': 'audit-setup-1' }, payload: { name: 'Erste Administration', email: 'erste@example.org', password: 'Sicheres-Passwort-1' } }),
  );
  w = await buildWorld(t.app, t.database.db);
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const newRequestId = () => `rq-${randomBytes(8).toString('hex')}`;

/** Calls like the web app and tags the request, so its audit entries can be found. */
async function act(session: Session | null, method: Method, url: string, payload?: unknown) {
  const requestId = newRequestId();
  const headers: Record<string, string> = { 'x-request-id': requestId };
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  }
  const res = await t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  expect(res.headers['x-request-id']).toBe(requestId);
  return { res, requestId };
}

const entriesOf = (requestId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));

/** The audit action each state-changing route writes. A new state-changing route needs its action here. */
const auditedAs: Record<string, string> = {
  ...networksAuditedAs,
  ...allocationAuditedAs,
  ...transitionsAuditedAs,
  ...transferAuditedAs,
  'POST /api/setup': 'setup.completed',
  'POST /api/auth/login': 'session.login',
  'POST /api/auth/logout': 'session.logout',
  'PATCH /api/me': 'user.profile_updated',
  'POST /api/me/password': 'user.password_changed',
  'POST /api/users/invitations': 'user.invited',
  'POST /api/users/:id/memberships': 'membership.granted',
  'DELETE /api/memberships/:id': 'membership.revoked',
  'POST /api/users/:id/deactivate': 'user.deactivated',
  'POST /api/users/:id/reactivate': 'user.reactivated',
  'POST /api/users/:id/password-reset': 'user.password_reset_created',
  'POST /api/invitations/:token/accept': 'user.invitation_accepted',
  'POST /api/password-reset/:token': 'user.password_reset',
  'POST /api/scopes': 'scope.created',
  'PUT /api/directory/schulen/:id/sozialraum': 'schule.sozialraum_assigned',
  'POST /api/directory/kommunen/:id/sozialraeume': 'sozialraum.created',
  'PATCH /api/directory/sozialraeume/:id': 'sozialraum.updated',
  'DELETE /api/directory/sozialraeume/:id': 'sozialraum.deleted',
  'POST /api/mapping/kommunen/:id/akteur-typen': 'akteur_typ.created',
  'POST /api/mapping/kommunen/:id/akteure': 'akteur.created',
  'PATCH /api/mapping/akteure/:id': 'akteur.updated',
  'POST /api/mapping/akteure/:id/archivieren': 'akteur.archived',
  'POST /api/mapping/akteure/:id/wiederherstellen': 'akteur.restored',
  'POST /api/mapping/kommunen/:id/angebote': 'angebot.created',
  'PATCH /api/mapping/angebote/:id': 'angebot.updated',
  'POST /api/mapping/angebote/:id/archivieren': 'angebot.archived',
  'POST /api/mapping/angebote/:id/wiederherstellen': 'angebot.restored',
  'POST /api/mapping/kommunen/:id/kooperationen': 'kooperation.created',
  'PATCH /api/mapping/kooperationen/:id': 'kooperation.updated',
  'POST /api/mapping/kooperationen/:id/archivieren': 'kooperation.archived',
  'POST /api/mapping/kooperationen/:id/wiederherstellen': 'kooperation.restored',
  // One entry per import with the counts; a dry run writes none (the matrix prepares real imports).
  'POST /api/mapping/kommunen/:id/akteure/import': 'akteure.imported',
  'POST /api/mapping/kommunen/:id/angebote/import': 'angebote.imported',
};

/** POST routes that only compute an answer (a preview) and change nothing, so they write no entry. */
const readOnlyPosts = ['POST /api/netzwerke/:id/reihen/pruefen', ...allocationReadOnlyPosts];

/** Every state-changing route that can succeed in the world (setup is done already: covered at the start). */
const changing = Object.entries(accessMatrix).filter(([key]) => !key.startsWith('GET ') && key !== 'POST /api/setup' && !readOnlyPosts.includes(key));

/** The administration does it, unless only another role may (pupils' data: coordination and school leadership). */
async function prepareAsActor(key: string) {
  const spec = accessMatrix[key]!;
  const role = transitionsActingRole[key] ?? transferActingRole[key] ?? 'administration';
  const caller = spec.consumesSession ? await freshCaller(w, role) : { user: w.users[role], session: w.sessions[role] };
  const prepared = await spec.prepare(w, { caller: role, side: 'own', self: caller.user });
  const [method, pattern] = key.split(' ') as [Method, string];
  return { caller, method, url: fillUrl(pattern, prepared), payload: prepared.payload, ok: spec.ok };
}

describe('audit entries', () => {
  it('records the setup', async () => {
    const [entry] = await entriesOf('audit-setup-1');
    expect(entry).toMatchObject({ action: 'setup.completed', actorId: firstAdmin.userId, entityType: 'user', entityId: firstAdmin.userId });
    expect(entry!.scopeId).not.toBeNull();
  });

  it('names the audit action of every state-changing route', () => {
    const missing = changing.map(([key]) => key).filter((key) => !auditedAs[key]);
    expect(missing, 'state-changing routes without an expected audit action').toEqual([]);
  });

  it.each(changing.map(([key]) => [key]))('%s writes an entry with actor, action and ids', async (key) => {
    const { caller, method, url, payload, ok } = await prepareAsActor(key);
    const { res, requestId } = await act(caller.session, method, url, payload);
    expect(res.statusCode, res.body).toBe(ok);
    const entries = await entriesOf(requestId);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.action).toBe(auditedAs[key]);
    expect(entry!.actorId).not.toBeNull();
    expect(['user', 'membership', 'scope', 'schule', 'sozialraum', 'akteur', 'angebot', 'kooperation', 'akteur_typ', ...networksEntityTypes, ...allocationEntityTypes, ...transitionsEntityTypes, ...transferEntityTypes]).toContain(entry!.entityType);
    expect(entry!.entityId).toBeTruthy();
    expect(Date.now() - entry!.at.getTime()).toBeLessThan(60_000);
    // Done by the administration, except where the person acts for themselves through a link or login.
    if (!['POST /api/auth/login', 'POST /api/invitations/:token/accept', 'POST /api/password-reset/:token'].includes(key)) {
      expect(entry!.actorId).toBe(caller.user.id);
    }
  });

  it('writes nothing for a refused call', async () => {
    const { requestId, res } = await act(w.sessions.fachkraft, 'POST', '/api/scopes', { type: 'netzwerk', name: 'Nicht erlaubt', parentId: w.scopes.kommuneA.id });
    expect(res.statusCode).toBe(403);
    expect(await entriesOf(requestId)).toEqual([]);
  });
});

describe('audit and change are one transaction', () => {
  const tables = ['users', 'memberships', 'scopes', 'sessions', 'one_time_tokens'];
  async function snapshot() {
    const out: Record<string, unknown> = {};
    for (const table of tables) {
      const res = await t.database.db.execute(sql.raw(`select coalesce(json_agg(t order by t::text), '[]') as rows from ${table} t`));
      out[table] = (res as unknown as { rows: { rows: unknown }[] }).rows[0]!.rows;
    }
    return out;
  }

  it.each(changing.map(([key]) => [key]))('%s changes nothing when its audit entry cannot be written', async (key) => {
    const { caller, method, url, payload } = await prepareAsActor(key);
    const before = await snapshot();
    await t.database.db.execute(sql`alter table audit_log add constraint audit_refuses_everything check (false) not valid`);
    try {
      const { res } = await act(caller.session, method, url, payload);
      const problem = expectProblem(res, 500, 'internal_error');
      expect(problem.detail).toBe('Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.');
      expect(res.body).not.toMatch(/audit_log|constraint|violates|insert into|select /i);
    } finally {
      await t.database.db.execute(sql`alter table audit_log drop constraint audit_refuses_everything`);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('reading the audit', () => {
  type Entry = { id: number; action: string; actorId: string | null; entityId: string | null; scopeId: string | null; actorName: string | null; before: unknown; after: unknown };
  const read = async (session: Session, query = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/audit${query}`, headers: { cookie: session.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Entry[]; total: number; page: number; pageSize: number };
  };
  const readAll = async (session: Session) => {
    const all: Entry[] = [];
    for (let page = 1; ; page++) {
      const p = await read(session, `?page=${page}&pageSize=200`);
      all.push(...p.items);
      if (all.length >= p.total || p.items.length === 0) return all;
    }
  };

  let ownEntry: number;
  let foreignEntry: number;
  let aboutOwnPerson: number;
  let kommuneB: Session;

  beforeAll(async () => {
    const kkB = await buildUser(t.database.db, { role: 'kommunalkoordination', scopeId: w.scopes.kommuneB.id });
    kommuneB = await login(t.app, kkB.email, TEST_PASSWORD);

    const own = await act(w.sessions.administration, 'POST', '/api/users/invitations', { email: 'audit-a@example.org', name: 'Audit Person A', scopeId: w.scopes.schuleA.id, role: 'fachkraft' });
    ownEntry = (await entriesOf(own.requestId))[0]!.id;
    const foreign = await act(kommuneB, 'POST', '/api/users/invitations', { email: 'audit-b@example.org', name: 'Audit Person B', scopeId: w.scopes.kommuneB.id, role: 'lesend' });
    foreignEntry = (await entriesOf(foreign.requestId))[0]!.id;
    const person = await buildUser(t.database.db, { role: 'lesend', scopeId: w.scopes.kommuneA.id });
    const deactivated = await act(w.sessions.administration, 'POST', `/api/users/${person.id}/deactivate`);
    aboutOwnPerson = (await entriesOf(deactivated.requestId))[0]!.id;
  });

  it('shows a coordinator the entries of their Kommune but not those of a foreign one', async () => {
    const ids = (await readAll(w.sessions.kommunalkoordination)).map((e) => e.id);
    expect(ids).toContain(ownEntry);
    expect(ids).not.toContain(foreignEntry);
    const idsB = (await readAll(kommuneB)).map((e) => e.id);
    expect(idsB).toContain(foreignEntry);
    expect(idsB).not.toContain(ownEntry);
  });

  it('shows a coordinator what others did to people of their Kommune', async () => {
    expect((await readAll(w.sessions.kommunalkoordination)).map((e) => e.id)).toContain(aboutOwnPerson);
    expect((await readAll(kommuneB)).map((e) => e.id)).not.toContain(aboutOwnPerson);
  });

  it('shows the platform administration everything', async () => {
    const all = await readAll(w.sessions.administration);
    const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(all).toHaveLength(row!.n);
    expect(all.map((e) => e.id)).toEqual(expect.arrayContaining([ownEntry, foreignEntry, aboutOwnPerson]));
  });

  it('pages newest first without gaps or overlaps', async () => {
    const all = await readAll(w.sessions.administration);
    const ids: number[] = [];
    const first = await read(w.sessions.administration, '?pageSize=7');
    for (let page = 1; page <= Math.ceil(first.total / 7); page++) {
      const p = await read(w.sessions.administration, `?page=${page}&pageSize=7`);
      expect(p).toMatchObject({ page, pageSize: 7, total: first.total });
      ids.push(...p.items.map((e) => e.id));
    }
    expect(ids).toEqual(all.map((e) => e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await read(w.sessions.administration, `?page=${Math.ceil(first.total / 7) + 1}&pageSize=7`)).items).toEqual([]);
  });

  it('filters by entity type and actor', async () => {
    const scopes = await read(w.sessions.administration, '?entityType=scope&pageSize=200');
    expect(scopes.total).toBeGreaterThan(0);
    expect(scopes.items.every((e) => e.action.startsWith('scope.'))).toBe(true);
    const byB = await read(w.sessions.administration, `?actorId=${kommuneB.userId}&pageSize=200`);
    expect(byB.items.map((e) => e.id)).toContain(foreignEntry);
    expect(byB.items.every((e) => e.actorId === kommuneB.userId)).toBe(true);
  });

  it('never keeps e-mail addresses or names of people in before/after', async () => {
    const all = await readAll(w.sessions.administration);
    expect(all.length).toBeGreaterThan(20);
    const people = await t.database.db.execute(sql`select email, name from users`);
    const rows = (people as unknown as { rows: { email: string; name: string }[] }).rows;
    for (const entry of all) {
      const recorded = JSON.stringify([entry.before, entry.after]);
      expect(recorded, `entry ${entry.id} (${entry.action})`).not.toMatch(/@/);
      for (const { email, name } of rows) {
        expect(recorded.includes(email) || recorded.includes(name), `entry ${entry.id} (${entry.action}) mentions a person`).toBe(false);
      }
    }
  });
});
