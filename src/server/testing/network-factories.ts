import { randomBytes } from 'node:crypto';
import type { NetzwerkEbene, NetzwerkRolle, NetzwerkSchwerpunkt } from '../../domain/networks/vocabulary.js';
import type { Db } from '../core/db.js';
import { netzwerke, netzwerkKommunen, netzwerkMitglieder, treffen } from '../modules/networks/networks.schema.js';

const uid = () => randomBytes(4).toString('hex');

/**
 * A network of a Kommune (or a Land when `kommuneIds` is empty) with members, inserted directly:
 * `members` maps user id → role in the network.
 */
export async function buildNetzwerk(
  db: Db,
  opts: {
    traegerScopeId: string;
    kommuneIds?: string[];
    members?: Record<string, NetzwerkRolle>;
    name?: string;
    ebene?: NetzwerkEbene;
    schwerpunkt?: NetzwerkSchwerpunkt;
    land?: string;
  },
) {
  const [row] = await db
    .insert(netzwerke)
    .values({
      name: opts.name ?? `Netzwerk ${uid()}`,
      ebene: opts.ebene ?? 'kommune',
      schwerpunkt: opts.schwerpunkt ?? 'praxis',
      land: opts.land ?? 'NW',
      traegerScopeId: opts.traegerScopeId,
    })
    .returning();
  const kommuneIds = opts.kommuneIds ?? [];
  if (kommuneIds.length) await db.insert(netzwerkKommunen).values(kommuneIds.map((kommuneId) => ({ netzwerkId: row!.id, kommuneId })));
  const members = Object.entries(opts.members ?? {});
  if (members.length) await db.insert(netzwerkMitglieder).values(members.map(([userId, rolle]) => ({ netzwerkId: row!.id, userId, rolle })));
  return row!;
}

/** A single meeting of a network; `beginn` defaults to a week from now, 90 minutes long. */
export async function buildTreffen(db: Db, netzwerkId: string, opts: { titel?: string; beginn?: Date; minuten?: number; kapazitaet?: number | null; protokoll?: string | null } = {}) {
  const beginn = opts.beginn ?? new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const [row] = await db
    .insert(treffen)
    .values({
      netzwerkId,
      titel: opts.titel ?? `Treffen ${uid()}`,
      beginn,
      ende: new Date(beginn.getTime() + (opts.minuten ?? 90) * 60_000),
      kapazitaet: opts.kapazitaet ?? null,
      protokoll: opts.protokoll ?? null,
    })
    .returning();
  return row!;
}
