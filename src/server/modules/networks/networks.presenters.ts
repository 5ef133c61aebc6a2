import type { Mitglied, Netzwerk, Reihe } from '../../../domain/networks/contracts.js';
import type { NetzwerkEbene, NetzwerkRolle, NetzwerkSchwerpunkt } from '../../../domain/networks/vocabulary.js';
import type { DbOrTx } from '../../core/db.js';
import { kommunenOf, memberCounts, nextTreffen, type NetzwerkRow, type ReiheRow } from './networks.repository.js';

/** Networks as their members see them; extras for all of them in three queries. */
export async function presentNetzwerke(db: DbOrTx, rows: { netzwerk: NetzwerkRow; rolle: string }[], now = new Date()): Promise<Netzwerk[]> {
  const ids = rows.map((r) => r.netzwerk.id);
  const [kommunen, counts, next] = [await kommunenOf(db, ids), await memberCounts(db, ids), await nextTreffen(db, ids, now)];
  return rows.map(({ netzwerk: n, rolle }) => {
    const naechstes = next.get(n.id);
    return {
      id: n.id,
      name: n.name,
      beschreibung: n.beschreibung,
      ebene: n.ebene as NetzwerkEbene,
      schwerpunkt: n.schwerpunkt as NetzwerkSchwerpunkt,
      land: n.land,
      kommunen: kommunen.get(n.id) ?? [],
      meineRolle: rolle as NetzwerkRolle,
      mitgliederAnzahl: counts.get(n.id) ?? 0,
      naechstesTreffen: naechstes ? { id: naechstes.id, titel: naechstes.titel, beginn: naechstes.beginn.toISOString() } : null,
      archiviert: n.archiviertAm !== null,
      version: n.version,
    };
  });
}

export async function presentNetzwerk(db: DbOrTx, netzwerk: NetzwerkRow, rolle: NetzwerkRolle): Promise<Netzwerk> {
  return (await presentNetzwerke(db, [{ netzwerk, rolle }]))[0]!;
}

export const presentMitglied = (m: { userId: string; name: string; rolle: string; seit: Date }): Mitglied => ({
  userId: m.userId,
  name: m.name,
  rolle: m.rolle as NetzwerkRolle,
  seit: m.seit.toISOString(),
});

export const presentReihe = (r: ReiheRow, treffenAnzahl: number): Reihe => ({
  id: r.id,
  netzwerkId: r.netzwerkId,
  titel: r.titel,
  vorlage: r.vorlage,
  regel: r.regel,
  beginn: r.beginn,
  dauerMinuten: r.dauerMinuten,
  ort: r.ort,
  onlineLink: r.onlineLink,
  kapazitaet: r.kapazitaet,
  treffenAnzahl,
  version: r.version,
});

/** The audit keeps ids, codes and counts; names and free texts stay out of it. */
export const auditNetzwerk = (n: NetzwerkRow, kommuneIds: string[]) => ({
  id: n.id,
  ebene: n.ebene,
  schwerpunkt: n.schwerpunkt,
  land: n.land,
  traegerScopeId: n.traegerScopeId,
  kommuneIds: [...kommuneIds].sort(),
  archiviert: n.archiviertAm !== null,
  version: n.version,
});
