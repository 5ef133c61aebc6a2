import type { z } from 'zod';
import type { inviteBody } from '../../../../domain/identity/contracts.js';
import { roleLabels } from '../../../../domain/identity/roles.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { isUniqueViolation } from '../../../core/db.js';
import { AppError, forbidden, invalid } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { newToken, sha256 } from '../../../core/secrets.js';
import { findScope, findUserByEmail, insertMembership, insertOneTimeToken, insertUser } from '../identity.repository.js';
import { mayGrant } from '../management-rules.js';

const emailTaken = () =>
  new AppError(409, 'email_taken', 'Für diese E-Mail-Adresse gibt es bereits ein Konto. Weisen Sie der Person stattdessen eine Rolle zu.', [
    { field: 'email', message: 'Für diese E-Mail-Adresse gibt es bereits ein Konto.' },
  ]);

/** Creates an inactive-until-accepted account with one membership and a one-time link. */
export async function inviteUser(ctx: ActorCtx, input: z.infer<typeof inviteBody>) {
  if (!can(ctx.actor, 'user.manage', 'anywhere')) throw forbidden();
  const scope = await findScope(ctx.db, input.scopeId);
  if (!scope || !can(ctx.actor, 'user.manage', { scopePath: scope.path })) {
    throw invalid('scopeId', 'Diese Organisationseinheit gibt es nicht oder Sie dürfen dort niemanden einladen.');
  }
  if (!mayGrant(ctx.actor, scope.path, input.role)) {
    throw invalid('role', `Sie dürfen die Rolle „${roleLabels[input.role]}“ hier nicht vergeben.`);
  }
  if (await findUserByEmail(ctx.db, input.email)) throw emailTaken();
  const token = newToken();
  const expiresAt = new Date(Date.now() + ctx.config.INVITATION_TTL_HOURS * 3_600_000);
  const user = await ctx.db.transaction(async (tx) => {
    const created = await insertUser(tx, { email: input.email, name: input.name, passwordHash: null });
    await insertMembership(tx, { userId: created.id, scopeId: scope.id, role: input.role });
    await insertOneTimeToken(tx, { id: sha256(token), purpose: 'invitation', userId: created.id, createdBy: ctx.actor.id, expiresAt });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'user.invited',
      entityType: 'user',
      entityId: created.id,
      scopeId: scope.id,
      requestId: ctx.requestId,
      after: { id: created.id, role: input.role, scopeId: scope.id },
    });
    return created;
  }).catch((err: unknown) => {
    // The same address invited twice at once: the unique index decides, the loser gets the same answer.
    throw isUniqueViolation(err) ? emailTaken() : err;
  });
  const link = `${ctx.baseUrl}/einladung/${token}`;
  const emailed = await ctx.mailer.send({
    to: user.email,
    subject: 'Einladung zu Strang',
    text:
      `Guten Tag ${user.name},\n\n${ctx.actor.name} lädt Sie zu Strang ein (${roleLabels[input.role]}, ${scope.name}).\n` +
      `Über diesen Link legen Sie Ihr Passwort fest (gültig bis ${expiresAt.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })} Uhr):\n\n${link}\n`,
  });
  return { userId: user.id, link, expiresAt: expiresAt.toISOString(), emailed };
}
