import { and, eq, type AnyColumn } from 'drizzle-orm';
import type { NetzwerkRolle } from '../../../domain/networks/vocabulary.js';
import type { ActorCtx } from '../../core/context.js';
import { forbidden, notFound } from '../../core/errors.js';
import type { NetzwerkRow } from './networks.repository.js';
import { ergebnisse, netzwerke, netzwerkMitglieder, treffen, weitergaben } from './networks.schema.js';

export type { NetzwerkRow, TreffenRow } from './networks.repository.js';

/** What a role inside a network may do; moderation includes everything a member may, a member everything a guest may. */
const rank: Record<NetzwerkRolle, number> = { gast: 1, mitglied: 2, moderation: 3 };
/**
 * - `gast`: meetings, agenda, own registration
 * - `mitglied`: also members, minutes, results, agreements, incoming results
 * - `moderation`: changes everything in the network
 */
export type Need = NetzwerkRolle;

export const mayAct = (rolle: NetzwerkRolle | null, need: Need) => rolle !== null && rank[rolle] >= rank[need];

/** Join condition: the caller's membership in the network whose id is in `netzwerkId`. */
const memberOf = (netzwerkId: AnyColumn, userId: string) => and(eq(netzwerkMitglieder.netzwerkId, netzwerkId), eq(netzwerkMitglieder.userId, userId));

/**
 * Everything in a network is visible to its members only: the queries below join the caller's
 * membership, so an unknown id and a network the caller does not belong to both find no row and
 * answer 404 (not even its existence shows); a member lacking the role gets 403.
 */
async function admit<T extends { rolle: string }>(rows: PromiseLike<T[]>, need: Need, what: string): Promise<T & { rolle: NetzwerkRolle }> {
  const [row] = await rows;
  if (!row) throw notFound(what);
  if (!mayAct(row.rolle as NetzwerkRolle, need)) throw forbidden();
  return row as T & { rolle: NetzwerkRolle };
}

const netzwerkOfMember = (ctx: ActorCtx, netzwerkId: string) =>
  ctx.db
    .select({ netzwerk: netzwerke, rolle: netzwerkMitglieder.rolle })
    .from(netzwerke)
    .innerJoin(netzwerkMitglieder, memberOf(netzwerke.id, ctx.actor.id))
    .where(eq(netzwerke.id, netzwerkId));

/** The network with the caller's role in it (one query). */
export const loadNetzwerk = (ctx: ActorCtx, netzwerkId: string, need: Need = 'gast') => admit(netzwerkOfMember(ctx, netzwerkId), need, 'Das Netzwerk');

/** A network the caller belongs to in any role; undefined when it does not exist or the caller is no member. */
export async function findOwnNetzwerk(ctx: ActorCtx, netzwerkId: string): Promise<NetzwerkRow | undefined> {
  const [row] = await netzwerkOfMember(ctx, netzwerkId);
  return row?.netzwerk;
}

/** A meeting with its network and the caller's role there (one query). */
export const loadTreffen = (ctx: ActorCtx, treffenId: string, need: Need = 'gast') =>
  admit(
    ctx.db
      .select({ treffen, netzwerk: netzwerke, rolle: netzwerkMitglieder.rolle })
      .from(treffen)
      .innerJoin(netzwerke, eq(netzwerke.id, treffen.netzwerkId))
      .innerJoin(netzwerkMitglieder, memberOf(treffen.netzwerkId, ctx.actor.id))
      .where(eq(treffen.id, treffenId)),
    need,
    'Das Treffen',
  );

/** A result or agreement with its network and the caller's role there (one query). */
export const loadErgebnis = (ctx: ActorCtx, ergebnisId: string, need: Need) =>
  admit(
    ctx.db
      .select({ ergebnis: ergebnisse, netzwerk: netzwerke, rolle: netzwerkMitglieder.rolle })
      .from(ergebnisse)
      .innerJoin(netzwerke, eq(netzwerke.id, ergebnisse.netzwerkId))
      .innerJoin(netzwerkMitglieder, memberOf(ergebnisse.netzwerkId, ctx.actor.id))
      .where(eq(ergebnisse.id, ergebnisId)),
    need,
    'Das Ergebnis',
  );

/** A result passed on, with the receiving network and the caller's role there (one query). */
export const loadEmpfangeneWeitergabe = (ctx: ActorCtx, weitergabeId: string, need: Need) =>
  admit(
    ctx.db
      .select({ weitergabe: weitergaben, netzwerk: netzwerke, rolle: netzwerkMitglieder.rolle })
      .from(weitergaben)
      .innerJoin(netzwerke, eq(netzwerke.id, weitergaben.anNetzwerkId))
      .innerJoin(netzwerkMitglieder, memberOf(weitergaben.anNetzwerkId, ctx.actor.id))
      .where(eq(weitergaben.id, weitergabeId)),
    need,
    'Die Weitergabe',
  );

/** Archived networks are read-only. */
export function assertActive(netzwerk: NetzwerkRow): void {
  if (netzwerk.archiviertAm) throw forbidden();
}
