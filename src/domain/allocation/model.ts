import {
  ausschlussGruende,
  einheitMass,
  einheitWert,
  type AusschlussGrund,
  type Auswahl,
  type Einheit,
  type Faktoren,
  type Gewichtung,
} from './contracts.js';
import { gcd, rational, type Rational } from './rational.js';

/**
 * Das Modell einer Verteilung ohne Ein-/Ausgabe: welche Schulen berücksichtigt werden (Auswahl)
 * und mit welchem Gewicht. Gerechnet wird exakt mit ganzen Zahlen (bigint): Faktoren haben höchstens
 * vier Nachkommastellen und werden mit 10.000 multipliziert, Anteile sind Brüche.
 *
 * Sockel plus Indexanteil (wie NRW: 30 % nach Schülerzahl, 70 % nach indexgewichteter
 * Schülerzahl) wird als EIN zusammengesetztes Gewicht in EINEM Verteilungsschritt gerechnet:
 *
 *   Anteil_i = X/100 · p_i / Σp  +  (100 − X)/100 · p_i·f_i / Σ(p·f)
 *
 * als ganze Zahl W_i = X·p_i·Σ(p·f) + (100 − X)·p_i·f_i·Σp (gemeinsamer Nenner 100·Σp·Σ(p·f)).
 * Die Quote jeder Schule ist damit genau die Summe ihrer beiden Teilquoten. Zwei getrennte
 * Verteilungen von Teilpools würden zweimal runden (bis zu zwei Einheiten Abweichung je Schule),
 * verlangten, dass schon X % des Pools ein Vielfaches der Einheit ist, und könnten Unter- und
 * Obergrenzen je Schule nicht auf die Summe anwenden. Die beiden Teilquoten bleiben in der
 * Erklärung sichtbar (`quoteSockel`, `quoteIndex`).
 */

/** Eine Schule, wie die Verteilung sie liest (Stand der Schuldaten bei der Berechnung). */
export interface SchoolRecord {
  id: string;
  schulnummer: string;
  name: string;
  schulform: string;
  kommuneId: string;
  kommuneName: string;
  sozialindex: number | null;
  schueler: number | null;
  startchancen: boolean;
  schuljahr: string;
}

export interface FieldIssue {
  field: string;
  message: string;
}

// ---- Zahlen -----------------------------------------------------------------

export const FAKTOR_SKALA = 10_000n;

/** "1.25" → 12500n (Faktor × 10.000); die Verträge lassen höchstens vier Nachkommastellen zu. */
export function parseFaktor(text: string): bigint {
  const m = /^(\d+)(?:[.,](\d{1,4}))?$/.exec(text.trim());
  if (!m) throw new Error(`Faktor „${text}“ ist keine Dezimalzahl`);
  return BigInt(m[1]!) * FAKTOR_SKALA + BigInt((m[2] ?? '').padEnd(4, '0'));
}

/** Wert einer Einheit als Bruch: 1, 1/2, 1/4 (Euro: 1). */
export function einheitBruch(einheit: Einheit): Rational {
  return einheit === '0.5' ? rational(1n, 2n) : einheit === '0.25' ? rational(1n, 4n) : rational(1n);
}

/** Eine Menge (Stellen oder Euro) in Einheiten; die Verträge sichern ein ganzzahliges Vielfaches. */
export function inEinheiten(menge: number, einheit: Einheit): number {
  return Math.round(menge / einheitWert[einheit]);
}

// ---- Auswahl ----------------------------------------------------------------

export interface Eligible extends SchoolRecord {
  /** Stufe, mit der gerechnet wird (bei fehlendem Sozialindex die Ersatzstufe). */
  stufe: number;
}

export interface Selection {
  eligible: Eligible[];
  excluded: { grund: AusschlussGrund; anzahl: number }[];
}

/** Gewichtungen, die die Schülerzahl brauchen: Schulen ohne (oder mit 0) Schüler:innen fallen heraus. */
export const needsPupils = (gewichtung: Pick<Gewichtung, 'art'>) => gewichtung.art !== 'stufe';

/**
 * Welche Schulen berücksichtigt werden. Jede ausgeschlossene Schule zählt beim ersten zutreffenden
 * Grund (Reihenfolge wie `ausschlussGruende`). Der Sozialindex-Bereich gilt für die Stufe, mit der
 * gerechnet wird, also auch für die Ersatzstufe von Schulen ohne Sozialindex. Die berücksichtigten
 * Schulen kommen nach Schulnummer sortiert zurück, damit dieselben Daten dieselbe Eingabe ergeben.
 */
export function selectSchools(schools: readonly SchoolRecord[], auswahl: Auswahl, gewichtung: Pick<Gewichtung, 'art'>): Selection {
  const kommunen = auswahl.kommuneIds.length ? new Set(auswahl.kommuneIds) : null;
  const formen = auswahl.schulformen.length ? new Set(auswahl.schulformen) : null;
  const counts = new Map<AusschlussGrund, number>();
  const exclude = (grund: AusschlussGrund) => counts.set(grund, (counts.get(grund) ?? 0) + 1);
  const eligible: Eligible[] = [];
  for (const s of schools) {
    if (kommunen && !kommunen.has(s.kommuneId)) {
      exclude('kommune');
      continue;
    }
    if (formen && !formen.has(s.schulform)) {
      exclude('schulform');
      continue;
    }
    if (auswahl.nurStartchancen && !s.startchancen) {
      exclude('startchancen');
      continue;
    }
    const stufe = s.sozialindex ?? (auswahl.ohneSozialindex === 'ausschliessen' ? null : auswahl.ohneSozialindex);
    if (stufe === null) {
      exclude('ohne-sozialindex');
      continue;
    }
    if ((auswahl.sozialindexVon !== null && stufe < auswahl.sozialindexVon) || (auswahl.sozialindexBis !== null && stufe > auswahl.sozialindexBis)) {
      exclude('sozialindex-bereich');
      continue;
    }
    if (needsPupils(gewichtung) && !(s.schueler && s.schueler > 0)) {
      exclude('ohne-schueler');
      continue;
    }
    eligible.push({ ...s, stufe });
  }
  eligible.sort((a, b) => (a.schulnummer < b.schulnummer ? -1 : a.schulnummer > b.schulnummer ? 1 : a.id < b.id ? -1 : 1));
  return { eligible, excluded: ausschlussGruende.filter((g) => counts.has(g)).map((grund) => ({ grund, anzahl: counts.get(grund)! })) };
}

// ---- Gewichte ---------------------------------------------------------------

export interface Weighted {
  school: Eligible;
  /** Faktor der Stufe, wie eingegeben (mit Punkt). */
  faktor: string;
  /** Ganzzahliges Gewicht für das Verfahren (alle Gewichte haben denselben Nenner `Weights.nenner`). */
  gewicht: bigint;
  /** Anteil am Gesamtgewicht. */
  anteil: Rational;
  /** Nur sockel-index: Anteil aus dem Sockel und aus dem Indexanteil (Summe = anteil). */
  anteilSockel: Rational | null;
  anteilIndex: Rational | null;
}

export interface Weights {
  items: Weighted[];
  /** Anzeige-Gewicht einer Schule = gewicht / nenner (Faktor, gewichtete Schülerzahl oder Schülerzahl-Äquivalent). */
  nenner: bigint;
  summe: bigint;
}

const faktorOf = (faktoren: Faktoren, stufe: number) => faktoren[String(stufe) as keyof Faktoren];

/**
 * Die Gewichte der berücksichtigten Schulen als ganze Zahlen mit gemeinsamem Nenner, gekürzt durch
 * ihren größten gemeinsamen Teiler. Jedes Gewicht ist größer als 0 (Faktoren sind positiv, ohne
 * Schülerzahl fällt eine Schule bei Gewichtungen mit Schülerzahl schon in der Auswahl heraus).
 */
export function computeWeights(eligible: readonly Eligible[], gewichtung: Gewichtung): Weights {
  const f = eligible.map((s) => parseFaktor(faktorOf(gewichtung.faktoren, s.stufe)));
  const p = eligible.map((s) => BigInt(s.schueler ?? 0));
  let raw: bigint[];
  let nenner: bigint;
  let sockel: ((i: number) => [Rational, Rational]) | null = null;
  switch (gewichtung.art) {
    case 'stufe':
      raw = f;
      nenner = FAKTOR_SKALA;
      break;
    case 'schueler-stufe':
      raw = f.map((fi, i) => fi * p[i]!);
      nenner = FAKTOR_SKALA;
      break;
    case 'sockel-index': {
      const x = BigInt(gewichtung.sockelProzent);
      const sp = p.reduce((a, b) => a + b, 0n);
      const spf = f.reduce((a, fi, i) => a + fi * p[i]!, 0n);
      raw = p.map((pi, i) => x * pi * spf + (100n - x) * pi * f[i]! * sp);
      // Schülerzahl-Äquivalent: W_i / (100·Σ(p·f)); die Summe aller ist Σp.
      nenner = 100n * spf;
      sockel = (i) => [rational(x * p[i]!, 100n * sp), rational((100n - x) * p[i]! * f[i]!, 100n * spf)];
      break;
    }
  }
  const g = raw.reduce((a, b) => gcd(a, b), nenner);
  const gewichte = raw.map((w) => w / g);
  const summe = gewichte.reduce((a, b) => a + b, 0n);
  return {
    nenner: nenner / g,
    summe,
    items: eligible.map((school, i) => {
      const parts = sockel?.(i) ?? null;
      return {
        school,
        faktor: faktorOf(gewichtung.faktoren, school.stufe),
        gewicht: gewichte[i]!,
        anteil: rational(gewichte[i]!, summe),
        anteilSockel: parts?.[0] ?? null,
        anteilIndex: parts?.[1] ?? null,
      };
    }),
  };
}

// ---- Prüfung gegen die Daten ------------------------------------------------

const deFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const de = (n: number) => deFormat.format(n);

/** "1 Stelle", "0,5 Stellen", "1.000 Euro" */
export function mengeText(menge: number, einheit: Einheit): string {
  const mass = einheitMass(einheit);
  if (mass === 'Euro') return `${de(menge)} Euro`;
  return `${de(menge)} ${menge === 1 ? 'Stelle' : 'Stellen'}`;
}

export interface ModelCheckInput {
  summe: number;
  einheit: Einheit;
  untergrenze: number | null;
  obergrenze: number | null;
  auswahl: Auswahl;
  /** Alle Schulen des Bereichs (Kommune oder Land). */
  schools: readonly SchoolRecord[];
  /** Kommunen des Bereichs. */
  kommuneIds: ReadonlySet<string>;
  /** Alle Schulformen des Verzeichnisses. */
  schulformen: ReadonlySet<string>;
  selection: Selection;
}

/**
 * Was erst mit den Schuldaten geprüft werden kann, mit dem Feld, das die Person ändern muss:
 * Kommunen außerhalb des Bereichs, unbekannte Schulformen, keine berücksichtigte Schule, Grenzen,
 * die der Pool nicht erfüllen kann.
 */
export function checkModel(input: ModelCheckInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const foreign = input.auswahl.kommuneIds.filter((id) => !input.kommuneIds.has(id));
  if (foreign.length) {
    issues.push({
      field: 'modell.auswahl.kommuneIds',
      message: foreign.length === 1 ? 'Eine gewählte Kommune gehört nicht zum Bereich des Szenarios.' : `${foreign.length} gewählte Kommunen gehören nicht zum Bereich des Szenarios.`,
    });
  }
  const unknown = input.auswahl.schulformen.filter((f) => !input.schulformen.has(f));
  if (unknown.length) {
    issues.push({
      field: 'modell.auswahl.schulformen',
      message: `${unknown.length === 1 ? 'Unbekannte Schulform' : 'Unbekannte Schulformen'}: ${unknown.map((f) => `„${f.slice(0, 100)}“`).join(', ')}.`,
    });
  }
  if (issues.length) return issues;
  const n = input.selection.eligible.length;
  if (n === 0) {
    const gruende = input.selection.excluded.map((e) => `${e.anzahl} ${grundKurz[e.grund]}`);
    issues.push({
      field: 'modell.auswahl',
      message: input.schools.length
        ? `Keine Schule erfüllt die Auswahl (${input.schools.length} Schulen im Bereich; ausgeschlossen: ${gruende.join(', ')}).`
        : 'Im Bereich des Szenarios gibt es keine Schulen.',
    });
    return issues;
  }
  if (input.untergrenze !== null && input.untergrenze * n > input.summe) {
    issues.push({
      field: 'modell.untergrenze',
      message: `Die Untergrenze von ${mengeText(input.untergrenze, input.einheit)} für ${n} Schulen braucht ${mengeText(input.untergrenze * n, input.einheit)}, die Summe ist nur ${mengeText(input.summe, input.einheit)}.`,
    });
  }
  if (input.obergrenze !== null && input.obergrenze * n < input.summe) {
    issues.push({
      field: 'modell.obergrenze',
      message: `Mit der Obergrenze von ${mengeText(input.obergrenze, input.einheit)} für ${n} Schulen lassen sich höchstens ${mengeText(input.obergrenze * n, input.einheit)} verteilen, die Summe ist ${mengeText(input.summe, input.einheit)}.`,
    });
  }
  return issues;
}

const grundKurz: Record<AusschlussGrund, string> = {
  kommune: 'außerhalb der gewählten Kommunen',
  schulform: 'andere Schulform',
  'ohne-sozialindex': 'ohne Sozialindex',
  'sozialindex-bereich': 'Sozialindex außerhalb des Bereichs',
  startchancen: 'keine Startchancen-Schule',
  'ohne-schueler': 'ohne Schülerzahl',
};
