import type { Caller, Side, World, WorldUser } from './world.js';

/**
 * What a caller gets:
 * - allow:  the call succeeds with the route's `ok` status
 * - deny:   403, or 404 when the object is hidden from the caller
 * - login:  401, a session is needed
 * - public: the route answers without a session, with the route's `ok` status
 */
export type Outcome = 'allow' | 'deny' | 'login' | 'public';

/** Outcome on an object in the caller's own scope and on one in a foreign Kommune. */
export interface Access {
  own: Outcome;
  foreign: Outcome;
}

export interface CallContext {
  caller: Caller;
  side: Side;
  /** The signed-in caller (null for anonymous). */
  self: WorldUser | null;
}

/** Path parameters fill the placeholders of the route key; nothing else about the URL is free. */
export interface PreparedRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  payload?: unknown;
}

export interface RouteAccess {
  /** false when the route touches no object in a scope (own account, public links, lists filtered to what one may see). */
  scoped: boolean;
  /** Status of a call that is allowed (or public). */
  ok: number;
  access: Record<Caller, Access>;
  /** The call ends or changes the caller's session or account, so it runs as a fresh user with the same role. */
  consumesSession?: boolean;
  /**
   * Body field whose foreign id is refused like an unknown one (400 naming this field,
   * "gibt es nicht oder Sie dürfen dort nicht …"): counts as a denial.
   */
  deniedField?: string;
  /** Creates what the call needs (fresh targets where the call consumes or changes them) and returns the request. */
  prepare(w: World, c: CallContext): PreparedRequest | Promise<PreparedRequest>;
}

export const everywhere: Access = { own: 'allow', foreign: 'allow' };
export const ownScopeOnly: Access = { own: 'allow', foreign: 'deny' };
export const nowhere: Access = { own: 'deny', foreign: 'deny' };
export const needsLogin: Access = { own: 'login', foreign: 'login' };
export const open: Access = { own: 'public', foreign: 'public' };

/** Public entry points: anyone, signed in or not. */
export const publicRoute: Record<Caller, Access> = {
  administration: open,
  landeskoordination: open,
  kommunalkoordination: open,
  schulleitung: open,
  fachkraft: open,
  mitglied: open,
  lesend: open,
  anonymous: open,
};

/** Any signed-in user, on their own account or on lists filtered to what they may see. */
export const signedIn: Record<Caller, Access> = {
  administration: everywhere,
  landeskoordination: everywhere,
  kommunalkoordination: everywhere,
  schulleitung: everywhere,
  fachkraft: everywhere,
  mitglied: everywhere,
  lesend: everywhere,
  anonymous: needsLogin,
};

/**
 * Reading an object of a Kommune (a map entry, a scenario): every member at, above or inside the
 * Kommune (Kommune A on the own side); the object in the foreign Kommune B stays hidden (404).
 * The administration sits above everything.
 */
export const membersInOwnScope: Record<Caller, Access> = {
  administration: everywhere,
  landeskoordination: ownScopeOnly,
  kommunalkoordination: ownScopeOnly,
  schulleitung: ownScopeOnly,
  fachkraft: ownScopeOnly,
  mitglied: ownScopeOnly,
  lesend: ownScopeOnly,
  anonymous: needsLogin,
};

/**
 * Inside a network only the role in that network counts, not the platform role: on the own side the
 * caller holds the role the route needs in the network; a network they do not belong to stays hidden
 * (foreign side: 404) — the platform administration included.
 */
export const networkMembers: Record<Caller, Access> = {
  administration: ownScopeOnly,
  landeskoordination: ownScopeOnly,
  kommunalkoordination: ownScopeOnly,
  schulleitung: ownScopeOnly,
  fachkraft: ownScopeOnly,
  mitglied: ownScopeOnly,
  lesend: ownScopeOnly,
  anonymous: needsLogin,
};

/** Managing people and scopes: coordinators below their membership, administration everywhere. */
export const coordinatorsInOwnScope: Record<Caller, Access> = {
  administration: everywhere,
  landeskoordination: ownScopeOnly,
  kommunalkoordination: ownScopeOnly,
  schulleitung: nowhere,
  fachkraft: nowhere,
  mitglied: nowhere,
  lesend: nowhere,
  anonymous: needsLogin,
};

/** Lists only coordinators may open; the content is filtered to their scopes. */
export const coordinatorsOnly: Record<Caller, Access> = {
  administration: everywhere,
  landeskoordination: everywhere,
  kommunalkoordination: everywhere,
  schulleitung: nowhere,
  fachkraft: nowhere,
  mitglied: nowhere,
  lesend: nowhere,
  anonymous: needsLogin,
};


/** Kommune A on the own side, Kommune B (another Land) on the foreign side. */
export const kommuneOf = (w: World, c: Pick<CallContext, 'side'>) => (c.side === 'own' ? w.scopes.kommuneA : w.scopes.kommuneB);

/** Schule A (in Kommune A) on the own side, Schule B (in Kommune B) on the foreign side. */
export const schuleOf = (w: World, c: Pick<CallContext, 'side'>) => (c.side === 'own' ? w.scopes.schuleA : w.scopes.schuleB);
