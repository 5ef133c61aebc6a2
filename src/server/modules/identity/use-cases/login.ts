import type { z } from 'zod';
import type { loginBody } from '../../../../domain/identity/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { Ctx } from '../../../core/context.js';
import { AppError } from '../../../core/errors.js';
import { burnPasswordCheck, sha256, verifyPassword } from '../../../core/secrets.js';
import {
  clearFailures,
  findUserByEmail,
  pruneFailures,
  recentFailures,
  recordFailure,
  revokeSession,
  touchLogin,
} from '../identity.repository.js';
import { startSession } from '../session-store.js';

const IP_FACTOR = 6;

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'E-Mail-Adresse oder Passwort ist nicht korrekt.');

/**
 * Checks the password, throttles repeated failures per e-mail and per client address,
 * and always starts a fresh session (the old one, if any, is revoked: no session fixation).
 */
export async function login(ctx: Ctx, input: z.infer<typeof loginBody> & { ip: string; previousSessionId?: string }) {
  const { config, db } = ctx;
  const windowMs = config.LOGIN_WINDOW_MINUTES * 60_000;
  const since = new Date(Date.now() - windowMs);
  const emailKey = `email:${sha256(input.email)}`;
  const ipKey = `ip:${sha256(input.ip)}`;

  const [byEmail, byIp] = await Promise.all([recentFailures(db, emailKey, since), recentFailures(db, ipKey, since)]);
  const blocked = [
    byEmail.n >= config.LOGIN_MAX_FAILURES ? byEmail.oldest : null,
    byIp.n >= config.LOGIN_MAX_FAILURES * IP_FACTOR ? byIp.oldest : null,
  ].filter((d): d is Date => d !== null);
  if (blocked.length) {
    const until = Math.max(...blocked.map((d) => d.getTime() + windowMs));
    const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    throw new AppError(
      429,
      'too_many_attempts',
      `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${Math.ceil(seconds / 60)} Minuten erneut.`,
      undefined,
      { 'Retry-After': String(seconds) },
    );
  }

  const user = await findUserByEmail(db, input.email);
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!user || !ok) {
    await recordFailure(db, [emailKey, ipKey]);
    await pruneFailures(db, new Date(Date.now() - 2 * windowMs));
    throw invalidCredentials();
  }
  if (!user.active) {
    throw new AppError(403, 'account_inactive', 'Dieses Konto ist deaktiviert. Bitte wenden Sie sich an Ihre Koordination.');
  }

  return db.transaction(async (tx) => {
    if (input.previousSessionId) await revokeSession(tx, input.previousSessionId);
    await clearFailures(tx, emailKey);
    const loggedIn = await touchLogin(tx, user.id);
    const session = await startSession(tx, config, user.id);
    await writeAudit(tx, { actorId: user.id, action: 'session.login', entityType: 'user', entityId: user.id, requestId: ctx.requestId });
    return { user: loggedIn ?? user, session };
  });
}
