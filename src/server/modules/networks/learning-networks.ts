import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db.js';
import { kommunen } from '../directory/directory.schema.js';
import { netzwerke, netzwerkKommunen, treffen } from './networks.schema.js';

/**
 * What other modules may ask about networks of Kommunen (the learning network of the transfer
 * module is an inter-municipal network): which active networks join which Kommunen.
 */
export interface NetzwerkMitKommunen {
  id: string;
  name: string;
  kommunen: { id: string; name: string }[];
}

/** Active networks with at least one of the Kommunen, each with all its Kommunen. */
export async function networksOfKommunen(db: DbOrTx, kommuneIds: string[]): Promise<NetzwerkMitKommunen[]> {
  if (!kommuneIds.length) return [];
  const ids = await db
    .selectDistinct({ id: netzwerkKommunen.netzwerkId })
    .from(netzwerkKommunen)
    .innerJoin(netzwerke, eq(netzwerke.id, netzwerkKommunen.netzwerkId))
    .where(and(inArray(netzwerkKommunen.kommuneId, kommuneIds), isNull(netzwerke.archiviertAm)));
  return networksWithKommunen(
    db,
    ids.map((r) => r.id),
  );
}

/** The given active networks with their Kommunen, by name. */
export async function networksWithKommunen(db: DbOrTx, netzwerkIds: string[]): Promise<NetzwerkMitKommunen[]> {
  if (!netzwerkIds.length) return [];
  const rows = await db
    .select({ id: netzwerke.id, name: netzwerke.name, kommuneId: kommunen.id, kommuneName: kommunen.name })
    .from(netzwerke)
    .innerJoin(netzwerkKommunen, eq(netzwerkKommunen.netzwerkId, netzwerke.id))
    .innerJoin(kommunen, eq(kommunen.id, netzwerkKommunen.kommuneId))
    .where(and(inArray(netzwerke.id, netzwerkIds), isNull(netzwerke.archiviertAm)))
    .orderBy(asc(netzwerke.name), asc(kommunen.name));
  const out = new Map<string, NetzwerkMitKommunen>();
  for (const r of rows) {
    if (!out.has(r.id)) out.set(r.id, { id: r.id, name: r.name, kommunen: [] });
    out.get(r.id)!.kommunen.push({ id: r.kommuneId, name: r.kommuneName });
  }
  return [...out.values()];
}

/** Whether a meeting exists (another module links to it). */
export async function treffenExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: treffen.id }).from(treffen).where(eq(treffen.id, id));
  return !!row;
}
