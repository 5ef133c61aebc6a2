import type { Membership, Scope, User, UserWithMemberships } from '../../../domain/identity/contracts.js';
import type { Role, ScopeType } from '../../../domain/identity/roles.js';
import type { DbOrTx } from '../../core/db.js';
import { listMemberships, type ScopeRow, type UserRow } from './identity.repository.js';

export const presentScope = (s: ScopeRow): Scope => ({
  id: s.id,
  type: s.type as ScopeType,
  name: s.name,
  code: s.code,
  parentId: s.parentId,
  path: s.path,
});

export const presentUser = (u: UserRow): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  locale: u.locale === 'en' ? 'en' : 'de',
  active: u.active,
  invited: u.passwordHash === null,
  version: u.version,
  createdAt: u.createdAt.toISOString(),
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
});

export async function presentUsersWithMemberships(db: DbOrTx, rows: UserRow[]): Promise<UserWithMemberships[]> {
  const all = await listMemberships(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((u) => ({
    ...presentUser(u),
    memberships: all
      .filter((m) => m.userId === u.id)
      .map((m): Membership => ({ id: m.id, role: m.role as Role, scope: presentScope(m.scope) })),
  }));
}

/** The audit keeps ids and roles, never names or e-mail addresses. */
export const auditUser = (u: UserRow) => ({ id: u.id, active: u.active, locale: u.locale, version: u.version });
