import { allocate, AllocationError, type AllocationField, type AllocationResult } from '../../../domain/allocation/allocate.js';
import { ausschlussGrundLabels, einheitWert, type Ergebnis, type GespeichertesModell, type Modell, type SchuleErgebnis } from '../../../domain/allocation/contracts.js';
import { checkModel, computeWeights, mengeText, selectSchools, type FieldIssue, type SchoolRecord, type Weights } from '../../../domain/allocation/model.js';
import { formatDecimal, mul, rational, sub, fromNumber } from '../../../domain/allocation/rational.js';
import { AppError, type FieldError } from '../../core/errors.js';

export interface ComputeInput {
  modell: Modell;
  /** Every school of the scenario's scope. */
  schools: readonly SchoolRecord[];
  kommuneIds: ReadonlySet<string>;
  schulformen: ReadonlySet<string>;
  now?: Date;
}

/** Several field errors at once, like a failed zod check. */
function invalidFields(issues: FieldError[]): AppError {
  const first = issues[0]!;
  return new AppError(400, 'validation_failed', `Eingabe ungültig bei „${first.field}“: ${first.message}`, issues);
}

/** Where an engine complaint belongs in the model form. */
const engineField: Record<AllocationField, string> = {
  recipients: 'modell.auswahl',
  total: 'modell.summe',
  unit: 'modell.einheit',
  method: 'modell.verfahren',
  seed: 'modell.seed',
  id: 'modell.auswahl',
  weight: 'modell.gewichtung',
  min: 'modell.untergrenze',
  max: 'modell.obergrenze',
};

const PLACES = 6;
const dec = (r: { n: bigint; d: bigint }, places = PLACES) => formatDecimal(r, places);

/**
 * Runs a model on the schools of a scope: selection, weights, apportionment (the engine in
 * src/domain/allocation/allocate.ts), and the result snapshot with every school's data as it was.
 * Bad models get German field errors (400) naming the model field to change.
 */
export function computeErgebnis(input: ComputeInput): { modell: GespeichertesModell; ergebnis: Ergebnis } {
  const { modell } = input;
  const selection = selectSchools(input.schools, modell.auswahl, modell.gewichtung);
  const issues: FieldIssue[] = checkModel({
    summe: modell.summe,
    einheit: modell.einheit,
    untergrenze: modell.untergrenze,
    obergrenze: modell.obergrenze,
    auswahl: modell.auswahl,
    schools: input.schools,
    kommuneIds: input.kommuneIds,
    schulformen: input.schulformen,
    selection,
  });
  if (issues.length) throw invalidFields(issues);
  const weights = computeWeights(selection.eligible, modell.gewichtung);
  let result: AllocationResult;
  try {
    result = allocate({
      recipients: weights.items.map((w) => ({ id: w.school.id, weight: rational(w.gewicht, weights.nenner), min: modell.untergrenze, max: modell.obergrenze })),
      total: String(modell.summe),
      unit: String(einheitWert[modell.einheit]),
      method: modell.verfahren,
      seed: modell.seed ?? null,
    });
  } catch (e) {
    if (!(e instanceof AllocationError)) throw e;
    // One message per model field: per-school complaints about the same bound say the same thing.
    const byField = new Map<string, string>();
    for (const i of e.issues) if (!byField.has(engineField[i.field])) byField.set(engineField[i.field], i.message);
    throw invalidFields([...byField].map(([field, message]) => ({ field, message })));
  }
  const gespeichert: GespeichertesModell = { ...modell, seed: result.seed };
  return { modell: gespeichert, ergebnis: assemble(gespeichert, weights, result, selection.excluded, input.now ?? new Date()) };
}

function assemble(modell: GespeichertesModell, weights: Weights, result: AllocationResult, excluded: Ergebnis['ausgeschlossen'], now: Date): Ergebnis {
  const summe = fromNumber(modell.summe)!;
  const unit = einheitWert[modell.einheit];
  const schulen: SchuleErgebnis[] = weights.items.map((w, i) => {
    const r = result.recipients[i]!;
    if (r.id !== w.school.id) throw new Error('allocation result out of order');
    const quote = mul(summe, w.anteil);
    const menge = r.units * unit;
    const s = w.school;
    return {
      schuleId: s.id,
      schulnummer: s.schulnummer,
      name: s.name,
      schulform: s.schulform,
      kommuneId: s.kommuneId,
      kommuneName: s.kommuneName,
      sozialindex: s.sozialindex,
      stufe: s.stufe,
      schueler: s.schueler,
      startchancen: s.startchancen,
      faktor: w.faktor,
      gewicht: dec(rational(w.gewicht, weights.nenner), 4),
      anteilProzent: dec(mul(w.anteil, rational(100n))),
      quote: dec(quote),
      quoteSockel: w.anteilSockel ? dec(mul(summe, w.anteilSockel)) : null,
      quoteIndex: w.anteilIndex ? dec(mul(summe, w.anteilIndex)) : null,
      anspruch: r.claim.decimal,
      rest: r.remainder ? r.remainder.decimal : null,
      restRang: r.remainderRank,
      restEinheit: r.remainderUnit,
      einheitenOhneGrenzen: r.unitsBeforeBounds,
      einheiten: r.units,
      menge,
      begrenzung: r.bound === 'min' ? 'untergrenze' : r.bound === 'max' ? 'obergrenze' : null,
      rundung: dec(sub(fromNumber(menge)!, quote)),
      gleichstand: r.tied,
      losGewonnen: r.tied ? r.wonDraw : null,
    };
  });
  const gleichstaende = result.ties.map((t) => ({ schuleIds: t.candidates, einheiten: t.units, gezogen: t.winners, wert: t.value.decimal }));
  const datenstand = [...new Set(weights.items.map((w) => w.school.schuljahr))].sort();
  return {
    berechnetAm: now.toISOString(),
    seed: result.seed,
    verfahren: modell.verfahren,
    einheit: modell.einheit,
    summe: modell.summe,
    einheiten: result.units,
    datenstand,
    summeGewichte: dec(rational(weights.summe, weights.nenner), 4),
    divisor: result.divisor?.decimal ?? null,
    schulen,
    ausgeschlossen: excluded,
    gleichstaende,
    hinweise: hinweise(modell, schulen, gleichstaende, excluded),
  };
}

const de = (n: number) => n.toLocaleString('de-DE');

/** Short German notes on the whole result: exclusions, bounds, draws. */
function hinweise(modell: GespeichertesModell, schulen: SchuleErgebnis[], gleichstaende: Ergebnis['gleichstaende'], excluded: Ergebnis['ausgeschlossen']): string[] {
  const out: string[] = [];
  out.push(`${de(schulen.length)} ${schulen.length === 1 ? 'Schule erhält' : 'Schulen erhalten'} zusammen ${mengeText(modell.summe, modell.einheit)}.`);
  const nichts = schulen.filter((s) => s.einheiten === 0).length;
  if (nichts) out.push(`${de(nichts)} berücksichtigte ${nichts === 1 ? 'Schule erhält' : 'Schulen erhalten'} nach der Rundung nichts.`);
  if (excluded.length) {
    const total = excluded.reduce((a, e) => a + e.anzahl, 0);
    out.push(`Nicht berücksichtigt: ${de(total)} ${total === 1 ? 'Schule' : 'Schulen'} (${excluded.map((e) => `${de(e.anzahl)} ${ausschlussGrundLabels[e.grund]}`).join('; ')}).`);
  }
  const unten = schulen.filter((s) => s.begrenzung === 'untergrenze').length;
  const oben = schulen.filter((s) => s.begrenzung === 'obergrenze').length;
  if (unten) out.push(`${de(unten)} ${unten === 1 ? 'Schule erhält' : 'Schulen erhalten'} die Untergrenze von ${mengeText(modell.untergrenze ?? 0, modell.einheit)}.`);
  if (oben) out.push(`${de(oben)} ${oben === 1 ? 'Schule ist' : 'Schulen sind'} auf die Obergrenze von ${mengeText(modell.obergrenze ?? 0, modell.einheit)} begrenzt.`);
  for (const g of gleichstaende) {
    out.push(
      `Gleichstand: ${de(g.schuleIds.length)} Schulen hatten genau denselben Anspruch auf ${g.einheiten === 1 ? 'die letzte Einheit' : `die letzten ${de(g.einheiten)} Einheiten`}; ` +
        `das Los mit dem Startwert „${modell.seed}“ hat entschieden (nachprüfbar, bei gleichem Startwert immer gleich).`,
    );
  }
  return out;
}
