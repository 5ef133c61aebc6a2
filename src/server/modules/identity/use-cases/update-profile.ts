import type { z } from 'zod';
import type { updateProfileBody } from '../../../../domain/identity/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findUser, updateUserVersioned } from '../identity.repository.js';
import { auditUser } from '../identity.presenters.js';

export async function updateProfile(ctx: ActorCtx, input: z.infer<typeof updateProfileBody>) {
  if (!can(ctx.actor, 'profile.manage', 'self')) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const before = await findUser(tx, ctx.actor.id);
    if (!before) throw notFound('Das Benutzerkonto');
    const after = await updateUserVersioned(tx, ctx.actor.id, input.version, { name: input.name, locale: input.locale });
    if (!after) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: after.id,
      requestId: ctx.requestId,
      before: { ...auditUser(before), nameChanged: before.name !== after.name },
      after: auditUser(after),
    });
    return after;
  });
}
