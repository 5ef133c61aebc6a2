import type { Einheit, Ergebnis, GespeichertesModell, Szenario, SzenarioKopf, Verfahren } from '../../../domain/allocation/contracts.js';
import type { FreigabeRow, ScopeRef, SzenarioRow, VersionKopf, VersionRow } from './allocation.repository.js';

export interface VersionSummary {
  summe: number;
  schulen: number;
  einheit: string;
  verfahren: string;
}

/** The figures of a version that a scenario header shows. */
export const summaryOf = (v: Pick<VersionKopf, 'summe' | 'schulen' | 'modell'>): VersionSummary => ({ summe: v.summe, schulen: v.schulen, einheit: v.modell.einheit, verfahren: v.modell.verfahren });

export function presentKopf(row: SzenarioRow, scope: ScopeRef, v: VersionSummary, darfBearbeiten: boolean): SzenarioKopf {
  return {
    id: row.id,
    scopeId: scope.id,
    scopeName: scope.name,
    scopeTyp: scope.type,
    name: row.name,
    beschreibung: row.beschreibung,
    version: row.version,
    versionNummer: row.aktuelleVersion,
    archiviert: row.archiviertAm !== null,
    erstelltAm: row.erstelltAm.toISOString(),
    aktualisiertAm: row.aktualisiertAm.toISOString(),
    summe: v.summe,
    einheit: v.einheit as Einheit,
    verfahren: v.verfahren as Verfahren,
    schulen: v.schulen,
    darfBearbeiten,
  };
}

export function presentSzenario(row: SzenarioRow, scope: ScopeRef, version: VersionRow, darfBearbeiten: boolean): Szenario {
  const kopf = presentKopf(row, scope, summaryOf(version), darfBearbeiten);
  return { ...kopf, modell: version.modell, ergebnis: version.ergebnis };
}

/** A share link as its scenario's coordinators see it: never the token or its hash. */
export const presentFreigabe = (row: FreigabeRow, erstelltVonName: string | null) => ({
  id: row.id,
  bezeichnung: row.bezeichnung,
  erstelltAm: row.erstelltAm.toISOString(),
  erstelltVon: row.erstelltVon && erstelltVonName ? { id: row.erstelltVon, name: erstelltVonName } : null,
  zuletztGenutztAm: row.zuletztGenutztAm?.toISOString() ?? null,
});

/** The page of the web app that shows a shared scenario; the API behind it is /api/verteilung/geteilt/:token. */
export const shareAddress = (baseUrl: string, token: string) => `${baseUrl}/verteilung/geteilt/${token}`;

/** What the audit log keeps of a scenario: ids and the shape of the model, never a person's name. */
export function auditSzenario(row: SzenarioRow, modell?: GespeichertesModell, ergebnis?: Ergebnis) {
  return {
    id: row.id,
    scopeId: row.scopeId,
    versionNummer: row.aktuelleVersion,
    archiviert: row.archiviertAm !== null,
    version: row.version,
    ...(modell && ergebnis
      ? {
          summe: modell.summe,
          einheit: modell.einheit,
          verfahren: modell.verfahren,
          gewichtung: modell.gewichtung.art,
          schulen: ergebnis.schulen.length,
          seed: ergebnis.seed,
        }
      : {}),
  };
}
