import type { z } from 'zod';
import type { createScopeBody } from '../../../../domain/identity/contracts.js';
import { allowedParents, scopeTypeLabels } from '../../../../domain/identity/roles.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { isUniqueViolation } from '../../../core/db.js';
import { AppError, forbidden, invalid } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findScope, findScopeByCode, insertScope } from '../identity.repository.js';
import { presentScope } from '../identity.presenters.js';
import type { ScopeType } from '../../../../domain/identity/roles.js';

export async function createScope(ctx: ActorCtx, input: z.infer<typeof createScopeBody>) {
  if (!can(ctx.actor, 'scope.manage', 'anywhere')) throw forbidden();
  const parent = await findScope(ctx.db, input.parentId);
  if (!parent || !can(ctx.actor, 'scope.manage', { scopePath: parent.path })) {
    throw invalid('parentId', 'Die übergeordnete Einheit gibt es nicht oder Sie dürfen dort nichts anlegen.');
  }
  if (!allowedParents[input.type].includes(parent.type as ScopeType)) {
    throw invalid(
      'type',
      `Eine Einheit vom Typ „${scopeTypeLabels[input.type]}“ kann nicht unter „${scopeTypeLabels[parent.type as ScopeType]}“ angelegt werden.`,
    );
  }
  const code = input.code ? input.code : null;
  const codeTaken = () =>
    new AppError(409, 'scope_code_taken', `Die Kennziffer ${code} ist bereits vergeben.`, [{ field: 'code', message: `Die Kennziffer ${code} ist bereits vergeben.` }]);
  if (code && (await findScopeByCode(ctx.db, input.type, code))) throw codeTaken();
  return ctx.db.transaction(async (tx) => {
    const row = await insertScope(tx, { type: input.type, name: input.name, code, parent });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'scope.created',
      entityType: 'scope',
      entityId: row.id,
      scopeId: row.id,
      requestId: ctx.requestId,
      after: { id: row.id, type: row.type, name: row.name, code: row.code, parentId: row.parentId },
    });
    return presentScope(row);
  }).catch((err: unknown) => {
    // Two people creating the same code at once: the unique index decides.
    throw isUniqueViolation(err) ? codeTaken() : err;
  });
}
