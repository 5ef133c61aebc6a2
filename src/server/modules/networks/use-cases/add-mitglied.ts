import type { NetzwerkRolle } from '../../../../domain/networks/vocabulary.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, invalid } from '../../../core/errors.js';
import { findUserByEmail } from '../../identity/identity.repository.js';
import { findMitglied, insertMitglied } from '../networks.repository.js';
import { presentMitglied } from '../networks.presenters.js';
import { assertActive, loadNetzwerk } from '../networks-access.js';

/** Moderation adds an existing, active account by its e-mail address. */
export async function addMitglied(ctx: ActorCtx, input: { netzwerkId: string; email: string; rolle: NetzwerkRolle }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId, 'moderation');
  assertActive(netzwerk);
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user || !user.active) throw invalid('email', 'Es gibt kein aktives Konto mit dieser E-Mail-Adresse.');
  return ctx.db.transaction(async (tx) => {
    const row = await insertMitglied(tx, { netzwerkId: netzwerk.id, userId: user.id, rolle: input.rolle });
    if (!row) throw new AppError(409, 'already_member', 'Diese Person gehört dem Netzwerk bereits an. Ihre Rolle lässt sich in der Mitgliederliste ändern.');
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'netzwerk_mitglied.added',
      entityType: 'netzwerk_mitglied',
      entityId: netzwerk.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      after: { netzwerkId: netzwerk.id, userId: user.id, rolle: input.rolle },
    });
    return presentMitglied((await findMitglied(tx, netzwerk.id, user.id))!);
  });
}
