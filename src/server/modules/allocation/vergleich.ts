import { einheitMass, type Einheit, type Vergleich, type Verfahren } from '../../../domain/allocation/contracts.js';
import type { VergleichSchule } from './allocation.repository.js';

export interface VergleichEintrag {
  szenario: { id: string; name: string; versionNummer: number; scopeName: string };
  ergebnis: { summe: number; einheit: Einheit; verfahren: Verfahren; schulen: readonly VergleichSchule[] };
}

const collator = new Intl.Collator('de-DE');

/** Rounds away binary noise of sums of quarter units (0.25 steps stay exact, euros are whole). */
const clean = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Two or more results side by side: per school the amount in each and the difference to the first;
 * per Sozialindex level the sums and the amount per pupil (for the chart of resources per pupil
 * against the Sozialindex). A school counts in a level's pupils when any scenario includes it, so
 * a scenario that leaves schools out shows less per pupil there.
 */
export function buildVergleich(items: readonly VergleichEintrag[]): Vergleich | { mixed: true } {
  const masse = new Set(items.map((i) => einheitMass(i.ergebnis.einheit)));
  if (masse.size > 1) return { mixed: true };
  const k = items.length;
  type Row = Vergleich['schulen'][number];
  const schools = new Map<string, Row>();
  items.forEach((item, i) => {
    for (const s of item.ergebnis.schulen) {
      let row = schools.get(s.schuleId);
      if (!row) {
        row = {
          schuleId: s.schuleId,
          schulnummer: s.schulnummer,
          name: s.name,
          schulform: s.schulform,
          kommuneName: s.kommuneName,
          sozialindex: s.sozialindex,
          schueler: s.schueler,
          mengen: new Array<number | null>(k).fill(null),
          differenzen: new Array<number>(k).fill(0),
        };
        schools.set(s.schuleId, row);
      }
      row.mengen[i] = s.menge;
    }
  });
  const levels = new Map<number | null, { schulen: number; schueler: number; summen: number[] }>();
  for (const row of schools.values()) {
    const base = row.mengen[0] ?? 0;
    row.differenzen = row.mengen.map((m) => clean((m ?? 0) - base));
    let level = levels.get(row.sozialindex);
    if (!level) levels.set(row.sozialindex, (level = { schulen: 0, schueler: 0, summen: new Array<number>(k).fill(0) }));
    level.schulen++;
    level.schueler += row.schueler ?? 0;
    row.mengen.forEach((m, i) => (level.summen[i]! += m ?? 0));
  }
  const stufen = [...levels.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([sozialindex, l]) => {
      const summen = l.summen.map(clean);
      return {
        sozialindex,
        schulen: l.schulen,
        schueler: l.schueler,
        summen,
        differenzen: summen.map((s) => clean(s - summen[0]!)),
        proSchueler: summen.map((s) => (l.schueler > 0 ? s / l.schueler : null)),
      };
    });
  return {
    szenarien: items.map((i) => ({ ...i.szenario, summe: i.ergebnis.summe, einheit: i.ergebnis.einheit, verfahren: i.ergebnis.verfahren })),
    schulen: [...schools.values()].sort((a, b) => collator.compare(a.kommuneName, b.kommuneName) || collator.compare(a.name, b.name) || (a.schulnummer < b.schulnummer ? -1 : 1)),
    stufen,
  };
}
