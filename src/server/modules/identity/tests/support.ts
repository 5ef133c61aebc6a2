import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Problem } from '../../../../domain/shared/problem.js';
import type { Role } from '../../../../domain/identity/roles.js';
import type { Db } from '../../../core/db.js';
import { sha256 } from '../../../core/secrets.js';
import { buildScope, buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { login, type Session } from '../../../testing/test-app.js';
import type { AppInstance } from '../../../core/http.js';
import type { ScopeRow } from '../identity.repository.js';

/** Asserts an RFC 9457 problem with the given status (and code) and returns it. */
export function expectProblem(res: LightMyRequestResponse, status: number, code?: string): Problem {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json() as Problem;
  expect(body.status).toBe(status);
  if (code) expect(body.code).toBe(code);
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}

export const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((e) => e.field);

/** The raw token at the end of an invitation or reset link. */
export const tokenOf = (link: string) => link.split('/').pop()!;

/** Lets a one-time link run out, as if its time had passed. */
export async function expireToken(db: Db, token: string): Promise<void> {
  await db.execute(sql`update one_time_tokens set expires_at = now() - interval '1 hour' where id = ${sha256(token)}`);
}

/** Land A › Kommune A › (Schule A, Netzwerk A) and Land B › Kommune B. */
export async function buildTenants(db: Db) {
  const landA = await buildScope(db, { type: 'land', name: 'Land A' });
  const kommuneA = await buildScope(db, { type: 'kommune', name: 'Kommune A', parentId: landA.id });
  const schuleA = await buildScope(db, { type: 'schule', name: 'Schule A', parentId: kommuneA.id });
  const netzwerkA = await buildScope(db, { type: 'netzwerk', name: 'Netzwerk A', parentId: kommuneA.id });
  const landB = await buildScope(db, { type: 'land', name: 'Land B' });
  const kommuneB = await buildScope(db, { type: 'kommune', name: 'Kommune B', parentId: landB.id });
  return { landA, kommuneA, schuleA, netzwerkA, landB, kommuneB };
}

/** A user with a role in a scope, signed in. */
export async function signedIn(app: AppInstance, db: Db, role: Role, scope?: ScopeRow, extra: { name?: string; email?: string } = {}) {
  const user = await buildUser(db, { role, ...(scope ? { scopeId: scope.id } : {}), ...extra });
  const session: Session = await login(app, user.email, TEST_PASSWORD);
  return { user, session };
}
