import { and, eq } from 'drizzle-orm';
import type { NetzwerkRolle } from '../../../domain/networks/vocabulary.js';
import type { ActorCtx } from '../../core/context.js';
import type { DbOrTx } from '../../core/db.js';
import { forbidden, notFound } from '../../core/errors.js';
import { netzwerke, netzwerkMitglieder, treffen } from './networks.schema.js';

export type NetzwerkRow = typeof netzwerke.$inferSelect;
export type TreffenRow = typeof treffen.$inferSelect;

/** What a role inside a network may do; moderation includes everything a member may, a member everything a guest may. */
const rank: Record<NetzwerkRolle, number> = { gast: 1, mitglied: 2, moderation: 3 };
/**
 * - `gast`: meetings, agenda, own registration
 * - `mitglied`: also members, minutes, results, agreements, incoming results
 * - `moderation`: changes everything in the network
 */
export type Need = NetzwerkRolle;

export async function rolleIn(db: DbOrTx, netzwerkId: string, userId: string): Promise<NetzwerkRolle | null> {
  const [row] = await db
    .select({ rolle: netzwerkMitglieder.rolle })
    .from(netzwerkMitglieder)
    .where(and(eq(netzwerkMitglieder.netzwerkId, netzwerkId), eq(netzwerkMitglieder.userId, userId)));
  return (row?.rolle as NetzwerkRolle | undefined) ?? null;
}

export const mayAct = (rolle: NetzwerkRolle | null, need: Need) => rolle !== null && rank[rolle] >= rank[need];

/**
 * The network with the caller's role in it. A network is visible to its members only: anyone else
 * gets 404, so not even its existence shows; a member lacking the role gets 403.
 */
export async function loadNetzwerk(ctx: ActorCtx, netzwerkId: string, need: Need = 'gast'): Promise<{ netzwerk: NetzwerkRow; rolle: NetzwerkRolle }> {
  const [netzwerk] = await ctx.db.select().from(netzwerke).where(eq(netzwerke.id, netzwerkId));
  const rolle = netzwerk ? await rolleIn(ctx.db, netzwerk.id, ctx.actor.id) : null;
  if (!netzwerk || !rolle) throw notFound('Das Netzwerk');
  if (!mayAct(rolle, need)) throw forbidden();
  return { netzwerk, rolle };
}

/** A meeting with its network and the caller's role, under the same rule as `loadNetzwerk`. */
export async function loadTreffen(ctx: ActorCtx, treffenId: string, need: Need = 'gast'): Promise<{ treffen: TreffenRow; netzwerk: NetzwerkRow; rolle: NetzwerkRolle }> {
  const [row] = await ctx.db.select().from(treffen).where(eq(treffen.id, treffenId));
  const rolle = row ? await rolleIn(ctx.db, row.netzwerkId, ctx.actor.id) : null;
  if (!row || !rolle) throw notFound('Das Treffen');
  if (!mayAct(rolle, need)) throw forbidden();
  const [netzwerk] = await ctx.db.select().from(netzwerke).where(eq(netzwerke.id, row.netzwerkId));
  return { treffen: row, netzwerk: netzwerk!, rolle };
}

/** Archived networks are read-only. */
export function assertActive(netzwerk: NetzwerkRow): void {
  if (netzwerk.archiviertAm) throw forbidden();
}
