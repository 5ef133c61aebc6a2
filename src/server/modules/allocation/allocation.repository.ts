import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Ergebnis, GespeichertesModell } from '../../../domain/allocation/contracts.js';
import type { SchoolRecord } from '../../../domain/allocation/model.js';
import type { DbOrTx } from '../../core/db.js';
import { kommunen, schulen } from '../directory/directory.schema.js';
import { scopes, users } from '../identity/identity.schema.js';
import { verteilungFreigaben, verteilungSzenarien, verteilungVersionen, type Zuteilung } from './allocation.schema.js';

export type SzenarioRow = typeof verteilungSzenarien.$inferSelect;
/** A saved version with its result (without the compact copy for comparisons). */
export type VersionRow = Omit<typeof verteilungVersionen.$inferSelect, 'zuteilung'>;
export type FreigabeRow = typeof verteilungFreigaben.$inferSelect;

/** The scope a scenario belongs to: a Kommune or a Land. */
export interface ScopeRef {
  id: string;
  type: 'kommune' | 'land';
  name: string;
  path: string;
}

const prefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// ---- Schools (read-only view of the directory) ----------------------------------

const schoolColumns = {
  id: schulen.id,
  schulnummer: schulen.schulnummer,
  name: schulen.name,
  schulform: schulen.schulform,
  kommuneId: schulen.kommuneId,
  kommuneName: kommunen.name,
  sozialindex: schulen.sozialindex,
  schueler: schulen.schueler,
  startchancen: schulen.startchancen,
  schuljahr: schulen.schuljahr,
};

/** Every school of the Kommune, or of every Kommune in the Land, as the allocation reads it. */
export async function schoolsInScope(db: DbOrTx, scope: ScopeRef): Promise<SchoolRecord[]> {
  if (scope.type === 'kommune') {
    return db.select(schoolColumns).from(schulen).innerJoin(kommunen, eq(kommunen.id, schulen.kommuneId)).where(eq(schulen.kommuneId, scope.id));
  }
  return db
    .select(schoolColumns)
    .from(schulen)
    .innerJoin(kommunen, eq(kommunen.id, schulen.kommuneId))
    .innerJoin(scopes, eq(scopes.id, kommunen.id))
    .where(sql`${scopes.path} like ${prefix(scope.path)}`);
}

/** Ids of the Kommunen in the scope (the Kommune itself, or all Kommunen of the Land). */
export async function kommuneIdsInScope(db: DbOrTx, scope: ScopeRef): Promise<Set<string>> {
  if (scope.type === 'kommune') {
    const [row] = await db.select({ id: kommunen.id }).from(kommunen).where(eq(kommunen.id, scope.id));
    return new Set(row ? [row.id] : []);
  }
  const rows = await db
    .select({ id: kommunen.id })
    .from(kommunen)
    .innerJoin(scopes, eq(scopes.id, kommunen.id))
    .where(sql`${scopes.path} like ${prefix(scope.path)}`);
  return new Set(rows.map((r) => r.id));
}

// ---- Scenarios ------------------------------------------------------------------

export async function findScopeRef(db: DbOrTx, id: string): Promise<{ id: string; type: string; name: string; path: string } | undefined> {
  const [row] = await db.select({ id: scopes.id, type: scopes.type, name: scopes.name, path: scopes.path }).from(scopes).where(eq(scopes.id, id));
  return row;
}

/**
 * Kommunen and Länder at or below the given scope paths: where someone with these paths may plan.
 * Each Kommune carries the id of the Land above it (materialised paths list every ancestor's id).
 */
export async function planningScopesUnder(db: DbOrTx, paths: string[]): Promise<(ScopeRef & { landId: string | null })[]> {
  if (!paths.length) return [];
  const rows = (await db
    .select({ id: scopes.id, type: scopes.type, name: scopes.name, path: scopes.path })
    .from(scopes)
    .where(and(inArray(scopes.type, ['kommune', 'land']), or(...paths.map((p) => sql`${scopes.path} like ${prefix(p)}`))))
    // Länder first, then Kommunen, each by name.
    .orderBy(desc(scopes.type), asc(scopes.name), asc(scopes.id))) as ScopeRef[];
  const ancestorIds = [...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean)))];
  const lands = ancestorIds.length ? await db.select({ id: scopes.id }).from(scopes).where(and(eq(scopes.type, 'land'), inArray(scopes.id, ancestorIds))) : [];
  const landIds = new Set(lands.map((l) => l.id));
  return rows.map((r) => ({ ...r, landId: r.type === 'land' ? null : (r.path.split('/').find((id) => landIds.has(id)) ?? null) }));
}

const szenarioWithScope = { szenario: verteilungSzenarien, scopeName: scopes.name, scopeType: scopes.type, scopePath: scopes.path };

export interface SzenarioWithScope {
  szenario: SzenarioRow;
  scope: ScopeRef;
}

const withScope = (r: { szenario: SzenarioRow; scopeName: string; scopeType: string; scopePath: string }): SzenarioWithScope => ({
  szenario: r.szenario,
  scope: { id: r.szenario.scopeId, type: r.scopeType as ScopeRef['type'], name: r.scopeName, path: r.scopePath },
});

export async function findSzenario(db: DbOrTx, id: string): Promise<SzenarioWithScope | undefined> {
  const [row] = await db.select(szenarioWithScope).from(verteilungSzenarien).innerJoin(scopes, eq(scopes.id, verteilungSzenarien.scopeId)).where(eq(verteilungSzenarien.id, id));
  return row ? withScope(row) : undefined;
}

/** Scenario headers with the summary of their current version (no results). */
export async function listSzenarien(db: DbOrTx, f: { scopeId?: string; archiviert: 'true' | 'false' | 'alle' }) {
  const c: SQL[] = [];
  if (f.scopeId) c.push(eq(verteilungSzenarien.scopeId, f.scopeId));
  if (f.archiviert === 'false') c.push(isNull(verteilungSzenarien.archiviertAm));
  if (f.archiviert === 'true') c.push(sql`${verteilungSzenarien.archiviertAm} is not null`);
  const rows = await db
    .select({
      ...szenarioWithScope,
      summe: verteilungVersionen.summe,
      schulen: verteilungVersionen.schulen,
      einheit: sql<string>`${verteilungVersionen.modell}->>'einheit'`,
      verfahren: sql<string>`${verteilungVersionen.modell}->>'verfahren'`,
    })
    .from(verteilungSzenarien)
    .innerJoin(scopes, eq(scopes.id, verteilungSzenarien.scopeId))
    .innerJoin(verteilungVersionen, and(eq(verteilungVersionen.szenarioId, verteilungSzenarien.id), eq(verteilungVersionen.nummer, verteilungSzenarien.aktuelleVersion)))
    .where(c.length ? and(...c) : undefined)
    .orderBy(desc(verteilungSzenarien.aktualisiertAm), asc(verteilungSzenarien.name));
  return rows.map((r) => ({ ...withScope(r), summe: r.summe, schulen: r.schulen, einheit: r.einheit, verfahren: r.verfahren }));
}

export async function insertSzenario(db: DbOrTx, values: typeof verteilungSzenarien.$inferInsert): Promise<SzenarioRow> {
  const [row] = await db.insert(verteilungSzenarien).values(values).returning();
  return row!;
}

/** Changes the scenario when nobody else did since `version`; undefined on a stale version. */
export async function updateSzenarioVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<Pick<SzenarioRow, 'name' | 'beschreibung' | 'aktuelleVersion' | 'archiviertAm'>>,
): Promise<SzenarioRow | undefined> {
  const [row] = await db
    .update(verteilungSzenarien)
    .set({ ...patch, version: sql`${verteilungSzenarien.version} + 1`, aktualisiertAm: new Date() })
    .where(and(eq(verteilungSzenarien.id, id), eq(verteilungSzenarien.version, version)))
    .returning();
  return row;
}

// ---- Versions ---------------------------------------------------------------------

const versionKopf = {
  id: verteilungVersionen.id,
  szenarioId: verteilungVersionen.szenarioId,
  nummer: verteilungVersionen.nummer,
  name: verteilungVersionen.name,
  modell: verteilungVersionen.modell,
  summe: verteilungVersionen.summe,
  einheiten: verteilungVersionen.einheiten,
  schulen: verteilungVersionen.schulen,
  seed: verteilungVersionen.seed,
  erstelltVon: verteilungVersionen.erstelltVon,
  erstelltAm: verteilungVersionen.erstelltAm,
};

export async function insertVersion(
  db: DbOrTx,
  values: { szenarioId: string; nummer: number; name: string; modell: GespeichertesModell; ergebnis: Ergebnis; erstelltVon: string | null },
): Promise<VersionRow> {
  const schulen = values.ergebnis.schulen;
  const zuteilung: Zuteilung = {
    schuleId: schulen.map((s) => s.schuleId),
    schulnummer: schulen.map((s) => s.schulnummer),
    name: schulen.map((s) => s.name),
    schulform: schulen.map((s) => s.schulform),
    kommuneName: schulen.map((s) => s.kommuneName),
    sozialindex: schulen.map((s) => s.sozialindex),
    schueler: schulen.map((s) => s.schueler),
    menge: schulen.map((s) => s.menge),
  };
  const [row] = await db
    .insert(verteilungVersionen)
    .values({
      ...values,
      zuteilung,
      summe: values.ergebnis.summe,
      einheiten: values.ergebnis.einheiten,
      schulen: values.ergebnis.schulen.length,
      seed: values.ergebnis.seed,
    })
    .returning(versionKopf);
  return { ...row!, ergebnis: values.ergebnis };
}

export async function findVersion(db: DbOrTx, szenarioId: string, nummer: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select({ ...versionKopf, ergebnis: verteilungVersionen.ergebnis })
    .from(verteilungVersionen)
    .where(and(eq(verteilungVersionen.szenarioId, szenarioId), eq(verteilungVersionen.nummer, nummer)));
  return row;
}

export type VersionKopf = Omit<VersionRow, 'ergebnis'>;

/** A version without its result (the model and the summary columns). */
export async function findVersionKopf(db: DbOrTx, szenarioId: string, nummer: number): Promise<VersionKopf | undefined> {
  const [row] = await db.select(versionKopf).from(verteilungVersionen).where(and(eq(verteilungVersionen.szenarioId, szenarioId), eq(verteilungVersionen.nummer, nummer)));
  return row;
}

/** The school rows of a result that a comparison needs, from the compact column (the full result is not read). */
export async function vergleichSchulen(db: DbOrTx, versionId: string): Promise<VergleichSchule[]> {
  const [row] = await db.select({ z: verteilungVersionen.zuteilung }).from(verteilungVersionen).where(eq(verteilungVersionen.id, versionId));
  if (!row) return [];
  const z = row.z;
  return z.schuleId.map((schuleId, i) => ({
    schuleId,
    schulnummer: z.schulnummer[i]!,
    name: z.name[i]!,
    schulform: z.schulform[i]!,
    kommuneName: z.kommuneName[i]!,
    sozialindex: z.sozialindex[i] ?? null,
    schueler: z.schueler[i] ?? null,
    menge: z.menge[i]!,
  }));
}

export interface VergleichSchule {
  schuleId: string;
  schulnummer: string;
  name: string;
  schulform: string;
  kommuneName: string;
  sozialindex: number | null;
  schueler: number | null;
  menge: number;
}

/** Every version of a scenario, newest first, without the results. */
export async function listVersionen(db: DbOrTx, szenarioId: string) {
  return db
    .select({ ...versionKopf, erstelltVonName: users.name })
    .from(verteilungVersionen)
    .leftJoin(users, eq(users.id, verteilungVersionen.erstelltVon))
    .where(eq(verteilungVersionen.szenarioId, szenarioId))
    .orderBy(desc(verteilungVersionen.nummer));
}

export async function userName(db: DbOrTx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

// ---- Share links --------------------------------------------------------------------

export async function insertFreigabe(db: DbOrTx, values: { szenarioId: string; bezeichnung: string; tokenHash: string; erstelltVon: string }): Promise<FreigabeRow> {
  const [row] = await db.insert(verteilungFreigaben).values(values).returning();
  return row!;
}

/** Live (not revoked) share links of a scenario, newest first, with the name of who made them. */
export async function listFreigaben(db: DbOrTx, szenarioId: string) {
  return db
    .select({ freigabe: verteilungFreigaben, erstelltVonName: users.name })
    .from(verteilungFreigaben)
    .leftJoin(users, eq(users.id, verteilungFreigaben.erstelltVon))
    .where(and(eq(verteilungFreigaben.szenarioId, szenarioId), isNull(verteilungFreigaben.widerrufenAm)))
    .orderBy(desc(verteilungFreigaben.erstelltAm));
}

export async function findLiveFreigabe(db: DbOrTx, szenarioId: string, id: string): Promise<FreigabeRow | undefined> {
  const [row] = await db
    .select()
    .from(verteilungFreigaben)
    .where(and(eq(verteilungFreigaben.id, id), eq(verteilungFreigaben.szenarioId, szenarioId), isNull(verteilungFreigaben.widerrufenAm)));
  return row;
}

/** A live share link by the hash of its token, with its scenario and the scenario's scope. */
export async function findLiveFreigabeByHash(db: DbOrTx, tokenHash: string): Promise<(SzenarioWithScope & { freigabe: FreigabeRow }) | undefined> {
  const [row] = await db
    .select({ ...szenarioWithScope, freigabe: verteilungFreigaben })
    .from(verteilungFreigaben)
    .innerJoin(verteilungSzenarien, eq(verteilungSzenarien.id, verteilungFreigaben.szenarioId))
    .innerJoin(scopes, eq(scopes.id, verteilungSzenarien.scopeId))
    .where(and(eq(verteilungFreigaben.tokenHash, tokenHash), isNull(verteilungFreigaben.widerrufenAm)));
  return row ? { ...withScope(row), freigabe: row.freigabe } : undefined;
}

/** Revokes once: a second call (or a concurrent one) finds nothing left to revoke. */
export async function revokeFreigabe(db: DbOrTx, id: string, at: Date): Promise<FreigabeRow | undefined> {
  const [row] = await db
    .update(verteilungFreigaben)
    .set({ widerrufenAm: at })
    .where(and(eq(verteilungFreigaben.id, id), isNull(verteilungFreigaben.widerrufenAm)))
    .returning();
  return row;
}

/** Records the last use at most once a minute, so a busy link does not write on every view. */
export async function touchFreigabe(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db
    .update(verteilungFreigaben)
    .set({ zuletztGenutztAm: at })
    .where(and(eq(verteilungFreigaben.id, id), sql`(${verteilungFreigaben.zuletztGenutztAm} is null or ${verteilungFreigaben.zuletztGenutztAm} < ${new Date(at.getTime() - 60_000).toISOString()}::timestamptz)`));
}
