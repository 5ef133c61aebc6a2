import type { SchulErklaerung } from '../../../domain/allocation/contracts.js';
import { AppError } from '../../core/errors.js';
import type { ScopeRef, SzenarioRow, VersionRow } from './allocation.repository.js';
import { erklaere } from './erklaerung.js';

/** One school's result in a version with the figures of the whole result and the sentences; 404 when the school is not in it. */
export function schulErklaerung(szenario: SzenarioRow, scope: ScopeRef, version: VersionRow, schuleId: string): SchulErklaerung {
  const { ergebnis, modell } = version;
  const schule = ergebnis.schulen.find((s) => s.schuleId === schuleId);
  if (!schule) throw new AppError(404, 'not_found', 'Die Schule ist in diesem Szenario nicht berücksichtigt.');
  const gleichstand = ergebnis.gleichstaende.find((g) => g.schuleIds.includes(schuleId)) ?? null;
  return {
    szenario: { id: szenario.id, name: version.name, versionNummer: version.nummer },
    modell,
    schule,
    gesamt: {
      summe: ergebnis.summe,
      einheit: ergebnis.einheit,
      einheiten: ergebnis.einheiten,
      schulen: ergebnis.schulen.length,
      summeGewichte: ergebnis.summeGewichte,
      divisor: ergebnis.divisor,
      seed: ergebnis.seed,
    },
    gleichstand,
    erklaerung: erklaere({ modell, ergebnis, schule, bereich: scope.name, gleichstand }),
  };
}
