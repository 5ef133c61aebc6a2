import type { Config } from './config.js';
import type { Db } from './db.js';
import type { Mailer } from './mailer.js';
import type { Actor } from './policy.js';

/** Everything a use case needs besides its input: the acting user, the database, settings. */
export interface Ctx {
  db: Db;
  config: Config;
  mailer: Mailer;
  actor: Actor | null;
  requestId: string | null;
  /** Base URL for links in invitations and resets. */
  baseUrl: string;
}

export interface ActorCtx extends Ctx {
  actor: Actor;
}
