import { randomBytes } from 'node:crypto';
import type { Db } from '../../../core/db.js';
import { buildKommune } from '../../../testing/directory-factories.js';
import { akteure, akteurStandorte, angebote, angebotStandorte, kooperationen } from '../mapping.schema.js';
import type { AkteurRow, AngebotRow, KooperationRow } from '../mapping.repository.js';

const uid = () => randomBytes(3).toString('hex');

async function kommuneOf(db: Db, kommuneId?: string): Promise<string> {
  return kommuneId ?? (await buildKommune(db)).kommune.id;
}

/** An actor written straight into the database (creates a Kommune when none is given). */
export async function buildAkteur(
  db: Db,
  overrides: { kommuneId?: string; name?: string; typ?: string; kreis?: string; standortIds?: string[]; geteilt?: boolean; archived?: boolean; kontaktEmail?: string | null } = {},
): Promise<AkteurRow> {
  const kommuneId = await kommuneOf(db, overrides.kommuneId);
  const [row] = await db
    .insert(akteure)
    .values({
      kommuneId,
      name: overrides.name ?? `Akteur ${uid()}`,
      typ: overrides.typ ?? 'freier-traeger',
      kreis: overrides.kreis ?? 'extern',
      kontaktEmail: overrides.kontaktEmail ?? null,
      geteilt: overrides.geteilt ?? false,
      archiviertAm: overrides.archived ? new Date() : null,
    })
    .returning();
  const sites = [...new Set(overrides.standortIds ?? [])];
  if (sites.length) await db.insert(akteurStandorte).values(sites.map((schuleId) => ({ akteurId: row!.id, schuleId })));
  return row!;
}

/** An offer written straight into the database (creates a Kommune when none is given). */
export async function buildAngebot(
  db: Db,
  overrides: {
    kommuneId?: string;
    titel?: string;
    akteurId?: string | null;
    handlungsfeld?: string;
    ebene?: string;
    altersphasen?: string[];
    finanzierung?: string;
    status?: string;
    stundenProWoche?: number | null;
    standortIds?: string[];
    geteilt?: boolean;
    archived?: boolean;
  } = {},
): Promise<AngebotRow> {
  const kommuneId = await kommuneOf(db, overrides.kommuneId);
  const [row] = await db
    .insert(angebote)
    .values({
      kommuneId,
      titel: overrides.titel ?? `Angebot ${uid()}`,
      akteurId: overrides.akteurId ?? null,
      handlungsfeld: overrides.handlungsfeld ?? 'sprachfoerderung',
      ebene: overrides.ebene ?? 'individuell',
      altersphasen: overrides.altersphasen ?? ['6-9'],
      finanzierung: overrides.finanzierung ?? 'kommunal',
      status: overrides.status ?? 'laufend',
      stundenProWoche: overrides.stundenProWoche ?? null,
      geteilt: overrides.geteilt ?? false,
      archiviertAm: overrides.archived ? new Date() : null,
    })
    .returning();
  const sites = [...new Set(overrides.standortIds ?? [])];
  if (sites.length) await db.insert(angebotStandorte).values(sites.map((schuleId) => ({ angebotId: row!.id, schuleId })));
  return row!;
}

/** A cooperation written straight into the database; creates its two actors when they are not given. */
export async function buildKooperation(
  db: Db,
  overrides: { kommuneId?: string; akteurAId?: string; akteurBId?: string; typ?: string; standortId?: string | null; geteilt?: boolean; archived?: boolean } = {},
): Promise<KooperationRow> {
  const kommuneId = await kommuneOf(db, overrides.kommuneId);
  const geteilt = overrides.geteilt ?? false;
  const akteurAId = overrides.akteurAId ?? (await buildAkteur(db, { kommuneId, geteilt })).id;
  const akteurBId = overrides.akteurBId ?? (await buildAkteur(db, { kommuneId, geteilt })).id;
  const [row] = await db
    .insert(kooperationen)
    .values({
      kommuneId,
      akteurAId,
      akteurBId,
      typ: overrides.typ ?? 'absprache',
      schuleId: overrides.standortId ?? null,
      archiviertAm: overrides.archived ? new Date() : null,
    })
    .returning();
  return row!;
}
