import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { Ctx } from '../../../core/context.js';
import { AppError } from '../../../core/errors.js';
import { hashPassword, sha256 } from '../../../core/secrets.js';
import { consumeToken, findUsableToken, findUser, revokeUserSessions } from '../identity.repository.js';
import { users } from '../identity.schema.js';

const resetInvalid = () =>
  new AppError(404, 'reset_invalid', 'Dieser Link zum Zurücksetzen ist abgelaufen, wurde bereits verwendet oder ist ungültig. Bitte fordern Sie einen neuen an.');

/** Public: the holder of the link may see which account it is for. */
export async function getPasswordReset(ctx: Ctx, input: { token: string }) {
  const row = await findUsableToken(ctx.db, sha256(input.token), 'password_reset');
  const user = row && (await findUser(ctx.db, row.userId));
  if (!row || !user) throw resetInvalid();
  return { email: user.email, tokenId: row.id, userId: user.id };
}

/** Sets the new password and ends every session of the account. */
export async function resetPassword(ctx: Ctx, input: { token: string; password: string }) {
  const reset = await getPasswordReset(ctx, input);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    if (!(await consumeToken(tx, reset.tokenId))) throw resetInvalid();
    await tx.update(users).set({ passwordHash, version: sql`${users.version} + 1` }).where(eq(users.id, reset.userId));
    await revokeUserSessions(tx, reset.userId);
    await writeAudit(tx, { actorId: reset.userId, action: 'user.password_reset', entityType: 'user', entityId: reset.userId, requestId: ctx.requestId });
  });
}
