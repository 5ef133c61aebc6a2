import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Ergebnis, Treffen } from '../../../../domain/networks/contracts.js';
import type { NetzwerkRolle } from '../../../../domain/networks/vocabulary.js';
import { auditLog } from '../../../core/audit.schema.js';
import type { Db } from '../../../core/db.js';
import type { AppInstance } from '../../../core/http.js';
import { buildScope } from '../../../testing/factories.js';
import { buildNetzwerk, buildTreffen } from '../../../testing/network-factories.js';
import { call, type Session } from '../../../testing/test-app.js';
import { signedIn } from '../../identity/tests/support.js';
import type { ScopeRow } from '../../identity/identity.repository.js';
import { netzwerkMitglieder } from '../networks.schema.js';

export { expectProblem, fieldsOf } from '../../identity/tests/support.js';

export interface Person {
  id: string;
  name: string;
  session: Session;
}

/** A signed-in person; their platform role does not matter inside networks, only their role in each network. */
export async function person(app: AppInstance, db: Db, kommune: ScopeRow, name?: string): Promise<Person> {
  const { user, session } = await signedIn(app, db, 'lesend', kommune, name ? { name } : {});
  return { id: user.id, name: user.name, session };
}

/** A Kommune with a network: moderation, two members, a guest; and someone outside the network. */
export async function meetingWorld(app: AppInstance, db: Db) {
  const kommune = await buildScope(db, { type: 'kommune', name: 'Kommune Treffen' });
  const moderation = await person(app, db, kommune, 'Mona Moderation');
  const mitglied = await person(app, db, kommune, 'Max Mitglied');
  const mitglied2 = await person(app, db, kommune, 'Mia Mitglied');
  const gast = await person(app, db, kommune, 'Gerd Gast');
  const fremd = await person(app, db, kommune, 'Fritz Fremd');
  const netzwerk = await buildNetzwerk(db, {
    traegerScopeId: kommune.id,
    name: 'Bildungsnetzwerk Nord',
    members: { [moderation.id]: 'moderation', [mitglied.id]: 'mitglied', [mitglied2.id]: 'mitglied', [gast.id]: 'gast' },
  });
  return { kommune, moderation, mitglied, mitglied2, gast, fremd, netzwerk };
}
export type MeetingWorld = Awaited<ReturnType<typeof meetingWorld>>;

export async function addMember(db: Db, netzwerkId: string, userId: string, rolle: NetzwerkRolle) {
  await db.insert(netzwerkMitglieder).values({ netzwerkId, userId, rolle });
}

export const inDays = (days: number, hour = 14) => {
  const d = new Date(Date.now() + days * 24 * 3600_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

export { buildTreffen };

/** Asserts the status and hands back the body. */
export function bodyOf<T>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

export function meetingsApi(app: AppInstance) {
  return {
    get: (s: Session, id: string) => call(app, s, 'GET', `/api/treffen/${id}`),
    update: (s: Session, id: string, body: unknown) => call(app, s, 'PUT', `/api/treffen/${id}`, body),
    cancel: (s: Session, id: string, body: unknown) => call(app, s, 'POST', `/api/treffen/${id}/absagen`, body),
    restore: (s: Session, id: string, body: unknown) => call(app, s, 'POST', `/api/treffen/${id}/wiederherstellen`, body),
    agenda: (s: Session, id: string, body: unknown) => call(app, s, 'PUT', `/api/treffen/${id}/tagesordnung`, body),
    register: (s: Session, id: string) => call(app, s, 'POST', `/api/treffen/${id}/anmeldung`),
    withdraw: (s: Session, id: string) => call(app, s, 'DELETE', `/api/treffen/${id}/anmeldung`),
    attendance: (s: Session, id: string, body: unknown) => call(app, s, 'PUT', `/api/treffen/${id}/anwesenheit`, body),
    minutes: (s: Session, id: string, body: unknown) => call(app, s, 'PUT', `/api/treffen/${id}/protokoll`, body),
    pdf: (s: Session, id: string) => call(app, s, 'GET', `/api/treffen/${id}/protokoll.pdf`),
    createErgebnis: (s: Session, treffenId: string, body: unknown) => call(app, s, 'POST', `/api/treffen/${treffenId}/ergebnisse`, body),
    updateErgebnis: (s: Session, id: string, body: unknown) => call(app, s, 'PUT', `/api/ergebnisse/${id}`, body),
    ergebnisStatus: (s: Session, id: string, body: unknown) => call(app, s, 'PUT', `/api/ergebnisse/${id}/status`, body),
    deleteErgebnis: (s: Session, id: string, body: unknown) => call(app, s, 'DELETE', `/api/ergebnisse/${id}`, body),
    pass: (s: Session, ergebnisId: string, body: unknown) => call(app, s, 'POST', `/api/ergebnisse/${ergebnisId}/weitergaben`, body),
    eingang: (s: Session, netzwerkId: string) => call(app, s, 'GET', `/api/netzwerke/${netzwerkId}/eingang`),
    acknowledge: (s: Session, weitergabeId: string) => call(app, s, 'POST', `/api/weitergaben/${weitergabeId}/empfangen`),
    meineArbeit: (s: Session) => call(app, s, 'GET', '/api/meine-arbeit'),
  };
}
export type MeetingsApi = ReturnType<typeof meetingsApi>;

export const treffenOf = (res: LightMyRequestResponse, status = 200) => bodyOf<Treffen>(res, status);
export const ergebnisOf = (res: LightMyRequestResponse, status = 200) => bodyOf<Ergebnis>(res, status);

export async function auditOf(db: Db, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
}
