import type { z } from 'zod';
import type { setupBody } from '../../../../domain/identity/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { Ctx } from '../../../core/context.js';
import { AppError } from '../../../core/errors.js';
import { hashPassword } from '../../../core/secrets.js';
import { countUsers, ensureRootScope, insertMembership, insertUser } from '../identity.repository.js';
import { startSession } from '../session-store.js';

/**
 * First-run setup: only possible while no account exists. A transaction-level advisory lock
 * serialises concurrent attempts so exactly one administrator is created.
 */
export async function setupFirstAdmin(ctx: Ctx, input: z.infer<typeof setupBody>) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(7710001)` as never);
    if ((await countUsers(tx)) > 0) {
      throw new AppError(409, 'setup_done', 'Strang ist bereits eingerichtet. Bitte melden Sie sich an.');
    }
    const root = await ensureRootScope(tx);
    const user = await insertUser(tx, { email: input.email, name: input.name, passwordHash });
    await insertMembership(tx, { userId: user.id, scopeId: root.id, role: 'administration' });
    await writeAudit(tx, {
      actorId: user.id,
      action: 'setup.completed',
      entityType: 'user',
      entityId: user.id,
      scopeId: root.id,
      requestId: ctx.requestId,
      after: { id: user.id, role: 'administration' },
    });
    const session = await startSession(tx, ctx.config, user.id);
    return { user, session };
  });
}
