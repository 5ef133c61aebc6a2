import type { Akteur, Angebot, Kooperation } from '../../../domain/mapping/contracts.js';
import { standardAkteurTypen, type Kreis, type AngebotStatus, type KooperationsTyp } from '../../../domain/mapping/vocabulary.js';
import type { Altersphase, Ebene, Finanzierung, Handlungsfeld } from '../../../domain/shared/vocabularies.js';
import type { DbOrTx } from '../../core/db.js';
import { akteurNames, customTypes, kommuneNames, siteNames, sitesOf, type AkteurRow, type AngebotRow, type findKooperation } from './mapping.repository.js';

export async function typeLabels(db: DbOrTx, kommuneIds: string[]): Promise<(kommuneId: string, code: string) => string> {
  const custom = new Map<string, string>();
  for (const id of new Set(kommuneIds)) for (const t of await customTypes(db, id)) custom.set(`${id}:${t.code}`, t.label);
  return (kommuneId, code) => (standardAkteurTypen as Record<string, string>)[code] ?? custom.get(`${kommuneId}:${code}`) ?? code;
}

export async function presentAkteure(db: DbOrTx, rows: AkteurRow[]): Promise<Akteur[]> {
  const sites = await sitesOf(
    db,
    'akteur',
    rows.map((r) => r.id),
  );
  const names = await siteNames(db, [...new Set([...sites.values()].flat())]);
  const kommunen = await kommuneNames(
    db,
    rows.map((r) => r.kommuneId),
  );
  const label = await typeLabels(
    db,
    rows.map((r) => r.kommuneId),
  );
  return rows.map((r) => ({
    id: r.id,
    kommuneId: r.kommuneId,
    kommuneName: kommunen.get(r.kommuneId) ?? '',
    name: r.name,
    typ: r.typ,
    typLabel: label(r.kommuneId, r.typ),
    kreis: r.kreis as Kreis,
    beschreibung: r.beschreibung,
    kontaktFunktion: r.kontaktFunktion,
    kontaktEmail: r.kontaktEmail,
    kontaktTelefon: r.kontaktTelefon,
    standorte: (sites.get(r.id) ?? []).map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'de')),
    geteilt: r.geteilt,
    archiviert: r.archiviertAm !== null,
    version: r.version,
    aktualisiertAm: r.aktualisiertAm.toISOString(),
  }));
}

export async function presentAngebote(db: DbOrTx, rows: AngebotRow[]): Promise<Angebot[]> {
  const sites = await sitesOf(
    db,
    'angebot',
    rows.map((r) => r.id),
  );
  const names = await siteNames(db, [...new Set([...sites.values()].flat())]);
  const kommunen = await kommuneNames(
    db,
    rows.map((r) => r.kommuneId),
  );
  const traeger = await akteurNames(
    db,
    rows.flatMap((r) => (r.akteurId ? [r.akteurId] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    kommuneId: r.kommuneId,
    kommuneName: kommunen.get(r.kommuneId) ?? '',
    titel: r.titel,
    beschreibung: r.beschreibung,
    akteurId: r.akteurId,
    akteurName: r.akteurId ? (traeger.get(r.akteurId) ?? null) : null,
    handlungsfeld: r.handlungsfeld as Handlungsfeld,
    ebene: r.ebene as Ebene,
    altersphasen: r.altersphasen as Altersphase[],
    zielgruppe: r.zielgruppe,
    standorte: (sites.get(r.id) ?? []).map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'de')),
    stundenProWoche: r.stundenProWoche,
    finanzierung: r.finanzierung as Finanzierung,
    beginn: r.beginn,
    ende: r.ende,
    status: r.status as AngebotStatus,
    geteilt: r.geteilt,
    archiviert: r.archiviertAm !== null,
    version: r.version,
    aktualisiertAm: r.aktualisiertAm.toISOString(),
  }));
}

type KooperationJoined = NonNullable<Awaited<ReturnType<typeof findKooperation>>>;

export const presentKooperation = (r: Pick<KooperationJoined, 'k' | 'aName' | 'bName' | 'standortName'>): Kooperation => ({
  id: r.k.id,
  kommuneId: r.k.kommuneId,
  akteurAId: r.k.akteurAId,
  akteurAName: r.aName,
  akteurBId: r.k.akteurBId,
  akteurBName: r.bName,
  typ: r.k.typ as KooperationsTyp,
  standortId: r.k.schuleId,
  standortName: r.standortName,
  beschreibung: r.k.beschreibung,
  seit: r.k.seit,
  archiviert: r.k.archiviertAm !== null,
  version: r.k.version,
  aktualisiertAm: r.k.aktualisiertAm.toISOString(),
});

/** The audit keeps ids, codes and figures; free texts and contact data stay out of it. */
export const auditAkteur = (r: AkteurRow) => ({ id: r.id, typ: r.typ, kreis: r.kreis, geteilt: r.geteilt, archiviert: r.archiviertAm !== null, version: r.version });
export const auditAngebot = (r: AngebotRow) => ({
  id: r.id,
  akteurId: r.akteurId,
  handlungsfeld: r.handlungsfeld,
  ebene: r.ebene,
  stundenProWoche: r.stundenProWoche,
  finanzierung: r.finanzierung,
  status: r.status,
  geteilt: r.geteilt,
  archiviert: r.archiviertAm !== null,
  version: r.version,
});
