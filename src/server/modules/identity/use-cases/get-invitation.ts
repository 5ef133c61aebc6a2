import type { Role } from '../../../../domain/identity/roles.js';
import type { Ctx } from '../../../core/context.js';
import { AppError } from '../../../core/errors.js';
import { sha256 } from '../../../core/secrets.js';
import { findUsableToken, findUser, listMemberships } from '../identity.repository.js';

export const invitationInvalid = () =>
  new AppError(404, 'invitation_invalid', 'Diese Einladung ist abgelaufen, wurde bereits verwendet oder ist ungültig. Bitte fordern Sie bei Ihrer Koordination eine neue an.');

/** Public: anyone holding the link may read what they are invited to. */
export async function getInvitation(ctx: Ctx, input: { token: string }) {
  const row = await findUsableToken(ctx.db, sha256(input.token), 'invitation');
  const user = row && (await findUser(ctx.db, row.userId));
  // A deactivated account stays out, even with a link from before the deactivation.
  if (!row || !user?.active) throw invitationInvalid();
  const [membership] = await listMemberships(ctx.db, [user.id]);
  return {
    email: user.email,
    name: user.name,
    role: (membership?.role ?? 'mitglied') as Role,
    scopeName: membership?.scope.name ?? '',
    expiresAt: row.expiresAt.toISOString(),
    tokenId: row.id,
    user,
  };
}
