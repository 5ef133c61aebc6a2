import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { acceptInvitationBody } from '../../../../domain/identity/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { Ctx } from '../../../core/context.js';
import { hashPassword } from '../../../core/secrets.js';
import { consumeToken } from '../identity.repository.js';
import { users } from '../identity.schema.js';
import { startSession } from '../session-store.js';
import { getInvitation, invitationInvalid } from './get-invitation.js';

export async function acceptInvitation(ctx: Ctx, input: z.infer<typeof acceptInvitationBody> & { token: string }) {
  const invitation = await getInvitation(ctx, { token: input.token });
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (!(await consumeToken(tx, invitation.tokenId))) throw invitationInvalid();
    const [user] = await tx
      .update(users)
      .set({ passwordHash, name: input.name, active: true, lastLoginAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, invitation.user.id))
      .returning();
    await writeAudit(tx, { actorId: user!.id, action: 'user.invitation_accepted', entityType: 'user', entityId: user!.id, requestId: ctx.requestId });
    const session = await startSession(tx, ctx.config, user!.id);
    return { user: user!, session };
  });
}
