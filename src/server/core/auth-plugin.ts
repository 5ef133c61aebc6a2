import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import type { Ctx } from './context.js';
import type { Database } from './db.js';
import { AppError, unauthenticated } from './errors.js';
import type { AppInstance } from './http.js';
import type { Mailer } from './mailer.js';
import { sha256 } from './secrets.js';
import { findLiveSession, findUser, touchSession } from '../modules/identity/identity.repository.js';
import { loadActor } from '../modules/identity/load-actor.js';

export const SESSION_COOKIE = 'strang_session';
const TOUCH_EVERY_MS = 5 * 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function baseUrlOf(req: FastifyRequest, config: Config): string {
  return (config.PUBLIC_URL ?? `${req.protocol}://${req.host}`).replace(/\/$/, '');
}

export function setSessionCookie(reply: FastifyReply, req: FastifyRequest, token: string, config: Config): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https' || config.PUBLIC_URL?.startsWith('https:') === true,
    maxAge: config.SESSION_TTL_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Resolves the session cookie, attaches the actor, and enforces CSRF on state-changing requests. */
export function registerAuth(app: AppInstance, deps: { database: Database; config: Config; mailer: Mailer }): void {
  const { database, config, mailer } = deps;
  app.decorateRequest('auth', null);
  const contextOf = (req: FastifyRequest): Ctx => ({ db: database.db, config, mailer, actor: req.auth?.loaded.actor ?? null, requestId: req.id, baseUrl: baseUrlOf(req, config) });
  app.decorateRequest('ctx', function (this: FastifyRequest) {
    if (!this.auth) throw unauthenticated();
    return { ...contextOf(this), actor: this.auth.loaded.actor };
  });
  app.decorateRequest('publicCtx', function (this: FastifyRequest) {
    return contextOf(this);
  });

  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    const session = await findLiveSession(database.db, sha256(token));
    if (!session) return;
    const user = await findUser(database.db, session.userId);
    if (!user?.active) return;
    const loaded = await loadActor(database.db, user);
    req.auth = { session, user, loaded };
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await touchSession(database.db, session.id, new Date(Date.now() + config.SESSION_TTL_HOURS * 3_600_000));
    }
  });

  app.addHook('preHandler', async (req) => {
    if (SAFE_METHODS.has(req.method)) return;
    const origin = req.headers.origin;
    if (req.headers['sec-fetch-site'] === 'cross-site' || (origin && safeHost(origin) !== req.host)) {
      throw new AppError(403, 'csrf_failed', 'Die Anfrage kam von einer fremden Seite und wurde abgelehnt.');
    }
    if (req.routeOptions.config.csrf === false || !req.cookies[SESSION_COOKIE]) return;
    if (req.auth && req.headers['x-csrf-token'] !== req.auth.session.csrfToken) {
      throw new AppError(403, 'csrf_failed', 'Sicherheitsmerkmal (CSRF-Token) fehlt oder ist ungültig. Bitte laden Sie die Seite neu.');
    }
  });
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
