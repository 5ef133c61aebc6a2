import { writeAudit } from '../../../core/audit.js';
import type { Ctx } from '../../../core/context.js';
import { revokeSession } from '../identity.repository.js';

export async function logout(ctx: Ctx, opts: { sessionId: string; userId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, opts.sessionId);
    await writeAudit(tx, { actorId: opts.userId, action: 'session.logout', entityType: 'user', entityId: opts.userId, requestId: ctx.requestId });
  });
}
