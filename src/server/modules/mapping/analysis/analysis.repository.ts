import { aliasedTable, and, asc, eq, inArray, isNotNull, isNull, ne, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db.js';
import { schulen, sozialraeume } from '../../directory/directory.schema.js';
import type { Visibility } from '../mapping.repository.js';
import { akteure, akteurStandorte, angebote, angebotStandorte, kooperationen } from '../mapping.schema.js';

// Reads for the analyses. Only entries that are not archived; callers who are no members of the
// Kommune see shared entries only (a cooperation only when both of its actors are shared).

/** Actors of the Kommune, optionally of one type. */
export async function networkActors(db: DbOrTx, v: Visibility, f: { typ?: string }) {
  const c: SQL[] = [eq(akteure.kommuneId, v.kommuneId), isNull(akteure.archiviertAm)];
  if (!v.all) c.push(eq(akteure.geteilt, true));
  if (f.typ) c.push(eq(akteure.typ, f.typ));
  return db.select({ id: akteure.id, name: akteure.name, typ: akteure.typ, kreis: akteure.kreis }).from(akteure).where(and(...c)).orderBy(asc(akteure.name), asc(akteure.id));
}

/** Cooperations between two visible actors that are not archived. */
export async function networkCooperations(db: DbOrTx, v: Visibility) {
  const a = aliasedTable(akteure, 'a');
  const b = aliasedTable(akteure, 'b');
  const c: SQL[] = [eq(kooperationen.kommuneId, v.kommuneId), isNull(kooperationen.archiviertAm), isNull(a.archiviertAm), isNull(b.archiviertAm)];
  if (!v.all) c.push(eq(a.geteilt, true), eq(b.geteilt, true));
  return db
    .select({ id: kooperationen.id, source: kooperationen.akteurAId, target: kooperationen.akteurBId, typ: kooperationen.typ, schuleId: kooperationen.schuleId })
    .from(kooperationen)
    .innerJoin(a, eq(a.id, kooperationen.akteurAId))
    .innerJoin(b, eq(b.id, kooperationen.akteurBId))
    .where(and(...c))
    .orderBy(asc(kooperationen.id));
}

/** Ids of actors placed at a site. */
export async function actorsAtSite(db: DbOrTx, schuleId: string): Promise<Set<string>> {
  const rows = await db.select({ id: akteurStandorte.akteurId }).from(akteurStandorte).where(eq(akteurStandorte.schuleId, schuleId));
  return new Set(rows.map((r) => r.id));
}

/** Ids of actors that carry a visible, not ended offer of the Handlungsfeld. */
export async function actorsWithField(db: DbOrTx, v: Visibility, handlungsfeld: string): Promise<Set<string>> {
  const c: SQL[] = [eq(angebote.kommuneId, v.kommuneId), eq(angebote.handlungsfeld, handlungsfeld), isNull(angebote.archiviertAm), ne(angebote.status, 'beendet'), isNotNull(angebote.akteurId)];
  if (!v.all) c.push(eq(angebote.geteilt, true));
  const rows = await db.selectDistinct({ id: angebote.akteurId }).from(angebote).where(and(...c));
  return new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
}

/**
 * Visible offers (not archived, any status) with at least one site among `siteIds` – or at any site
 * when `siteIds` is omitted – each with all of its sites and the name of its actor.
 */
export async function offersAtSites(db: DbOrTx, v: Visibility, siteIds?: readonly string[]) {
  if (siteIds && !siteIds.length) return [];
  const c: SQL[] = [eq(angebote.kommuneId, v.kommuneId), isNull(angebote.archiviertAm)];
  if (!v.all) c.push(eq(angebote.geteilt, true));
  if (siteIds) c.push(inArray(angebote.id, db.select({ id: angebotStandorte.angebotId }).from(angebotStandorte).where(inArray(angebotStandorte.schuleId, [...siteIds]))));
  const rows = await db
    .select({
      id: angebote.id,
      titel: angebote.titel,
      akteurName: akteure.name,
      handlungsfeld: angebote.handlungsfeld,
      altersphasen: angebote.altersphasen,
      stundenProWoche: angebote.stundenProWoche,
      status: angebote.status,
      schuleId: angebotStandorte.schuleId,
    })
    .from(angebote)
    .innerJoin(angebotStandorte, eq(angebotStandorte.angebotId, angebote.id))
    .leftJoin(akteure, eq(akteure.id, angebote.akteurId))
    .where(and(...c))
    .orderBy(asc(angebote.id));
  const byId = new Map<string, Omit<(typeof rows)[number], 'schuleId'> & { standortIds: string[] }>();
  for (const { schuleId, ...row } of rows) {
    const entry = byId.get(row.id);
    if (entry) entry.standortIds.push(schuleId);
    else byId.set(row.id, { ...row, standortIds: [schuleId] });
  }
  return [...byId.values()];
}

/** Schools of a Kommune (or of one Sozialraum) with the figures the resource view needs. */
export async function schoolsOf(db: DbOrTx, where: { kommuneId: string } | { sozialraumId: string }) {
  return db
    .select({
      id: schulen.id,
      name: schulen.name,
      schulform: schulen.schulform,
      schueler: schulen.schueler,
      sozialindex: schulen.sozialindex,
      sozialraumId: schulen.sozialraumId,
      sozialraumName: sozialraeume.name,
    })
    .from(schulen)
    .leftJoin(sozialraeume, eq(sozialraeume.id, schulen.sozialraumId))
    .where('kommuneId' in where ? eq(schulen.kommuneId, where.kommuneId) : eq(schulen.sozialraumId, where.sozialraumId))
    .orderBy(asc(schulen.name), asc(schulen.id));
}
