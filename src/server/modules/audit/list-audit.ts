import { and, count, desc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEntry, auditQuery } from '../../../domain/identity/contracts.js';
import { auditLog } from '../../core/audit.schema.js';
import type { ActorCtx } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { can, scopesWhere } from '../../core/policy.js';
import { ensureRootScope } from '../identity/identity.repository.js';
import { memberships, scopes, users } from '../identity/identity.schema.js';

/**
 * Newest first. Platform administrators see everything; coordinators see entries of their scopes
 * and entries about people who work there.
 */
export async function listAudit(ctx: ActorCtx, input: z.infer<typeof auditQuery>) {
  if (!can(ctx.actor, 'audit.read', 'anywhere')) throw forbidden();
  const root = await ensureRootScope(ctx.db);
  const paths = scopesWhere(ctx.actor, 'audit.read');
  const conditions: SQL[] = [];
  if (!paths.includes(root.path)) {
    const visibleScopes = ctx.db
      .select({ id: scopes.id })
      .from(scopes)
      .where(or(...paths.map((p) => like(scopes.path, `${p}%`))));
    const peopleThere = ctx.db
      .select({ id: sql<string>`${memberships.userId}::text` })
      .from(memberships)
      .where(inArray(memberships.scopeId, visibleScopes));
    conditions.push(
      or(
        inArray(auditLog.scopeId, visibleScopes),
        and(isNull(auditLog.scopeId), or(eq(auditLog.actorId, ctx.actor.id), and(eq(auditLog.entityType, 'user'), inArray(auditLog.entityId, peopleThere)))),
      )!,
    );
  }
  if (input.entityType) conditions.push(eq(auditLog.entityType, input.entityType));
  if (input.actorId) conditions.push(eq(auditLog.actorId, input.actorId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(where);
  const rows = await ctx.db
    .select({ entry: auditLog, actorName: users.name, scopeName: scopes.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(scopes, eq(scopes.id, auditLog.scopeId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const items: AuditEntry[] = rows.map(({ entry, actorName, scopeName }) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    scopeId: entry.scopeId,
    scopeName,
    requestId: entry.requestId,
    before: entry.before,
    after: entry.after,
  }));
  return { items, total: total?.n ?? 0, page: input.page, pageSize: input.pageSize };
}
