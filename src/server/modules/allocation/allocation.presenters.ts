import type { Einheit, Ergebnis, GespeichertesModell, Szenario, SzenarioKopf, Verfahren } from '../../../domain/allocation/contracts.js';
import type { ScopeRef, SzenarioRow, VersionRow } from './allocation.repository.js';

export interface VersionSummary {
  summe: number;
  schulen: number;
  einheit: string;
  verfahren: string;
}

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
  const kopf = presentKopf(row, scope, { summe: version.summe, schulen: version.schulen, einheit: version.modell.einheit, verfahren: version.modell.verfahren }, darfBearbeiten);
  return { ...kopf, modell: version.modell, ergebnis: version.ergebnis };
}

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
