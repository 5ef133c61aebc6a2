import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { newToken, sha256 } from '../../../core/secrets.js';
import { insertOneTimeToken } from '../identity.repository.js';
import { loadUserFor } from './load-managed-user.js';

/** A coordinator creates a reset link for someone they manage and hands it over (or it is e-mailed). */
export async function createPasswordReset(ctx: ActorCtx, input: { userId: string }) {
  if (!can(ctx.actor, 'user.manage', 'anywhere')) throw forbidden();
  const { row } = await loadUserFor(ctx, ctx.db, input.userId, 'manage');
  const token = newToken();
  const invited = row.passwordHash === null;
  const purpose = invited ? 'invitation' : 'password_reset';
  const hours = invited ? ctx.config.INVITATION_TTL_HOURS : ctx.config.RESET_TTL_HOURS;
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    await insertOneTimeToken(tx, { id: sha256(token), purpose, userId: row.id, createdBy: ctx.actor.id, expiresAt });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: invited ? 'user.invitation_renewed' : 'user.password_reset_created',
      entityType: 'user',
      entityId: row.id,
      requestId: ctx.requestId,
    });
  });
  // Someone who never accepted their invitation gets a fresh invitation link instead.
  const link = `${ctx.baseUrl}/${invited ? 'einladung' : 'passwort-zuruecksetzen'}/${token}`;
  const emailed = await ctx.mailer.send({
    to: row.email,
    subject: invited ? 'Einladung zu Strang' : 'Neues Passwort für Strang',
    text: `Guten Tag ${row.name},\n\nüber diesen Link legen Sie ein ${invited ? '' : 'neues '}Passwort fest (gültig bis ${expiresAt.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })} Uhr):\n\n${link}\n`,
  });
  return { link, expiresAt: expiresAt.toISOString(), emailed };
}
