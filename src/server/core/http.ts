import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { UserRow, SessionRow } from '../modules/identity/identity.repository.js';
import type { ActorCtx, Ctx } from './context.js';
import type { LoadedActor } from '../modules/identity/load-actor.js';

/** The Fastify instance every module registers its routes on, typed by zod. */
export type AppInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface RequestAuth {
  session: SessionRow;
  user: UserRow;
  /** The actor with its presented memberships, loaded once per request. */
  loaded: LoadedActor;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
    /** Context of a signed-in user; answers 401 when there is none. */
    ctx(): ActorCtx;
    /** Context for public routes (setup, login, invitation links). */
    publicCtx(): Ctx;
  }
  interface FastifyContextConfig {
    /** false for the few public entry points that start a session (login, setup, invitation). */
    csrf?: boolean;
  }
}
