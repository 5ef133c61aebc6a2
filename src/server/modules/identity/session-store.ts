import type { Config } from '../../core/config.js';
import type { DbOrTx } from '../../core/db.js';
import { newToken, sha256 } from '../../core/secrets.js';
import { insertSession } from './identity.repository.js';

export interface NewSession {
  /** Goes into the cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
}

export async function startSession(db: DbOrTx, config: Config, userId: string): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  await insertSession(db, {
    id: sha256(token),
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + config.SESSION_TTL_HOURS * 3_600_000),
  });
  return { token, csrfToken };
}
