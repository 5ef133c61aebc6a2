import { einheitMass, einheitWert, verfahrenLabels, type Ergebnis, type GespeichertesModell, type SchuleErgebnis } from '../../../domain/allocation/contracts.js';
import { mengeText } from '../../../domain/allocation/model.js';

// One formatter per number of decimals: toLocaleString builds a new one on every call, which an export of thousands of schools feels.
const formats = new Map<number, Intl.NumberFormat>();

/** A decimal text ("1234.5678") in German form with grouping and at most `places` decimals. */
export function zahl(value: string | number, places = 4): string {
  let format = formats.get(places);
  if (!format) formats.set(places, (format = new Intl.NumberFormat('de-DE', { maximumFractionDigits: places })));
  return format.format(typeof value === 'number' ? value : Number(value));
}

const mitVorzeichen = (value: string | number, places = 4) => {
  const n = typeof value === 'number' ? value : Number(value);
  const text = zahl(Math.abs(n), places);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : '0';
};

const einheitenText = (n: number) => `${zahl(n, 0)} ${n === 1 ? 'Einheit' : 'Einheiten'}`;

/** "Einheiten zu je 0,5 Stellen", or nothing when a unit is one whole position or one euro. */
function jeEinheit(modell: GespeichertesModell): string {
  return einheitWert[modell.einheit] === 1 ? '' : ` zu je ${mengeText(einheitWert[modell.einheit], modell.einheit)}`;
}

/**
 * The result of one school in plain German, sentence by sentence: what was distributed, how the
 * school's weight came about, its share and quota, how the method rounded, bounds and draws, and
 * what it receives. Built on the server so exports and the shared view read the same text.
 */
export function erklaere(input: { modell: GespeichertesModell; ergebnis: Pick<Ergebnis, 'einheiten' | 'summeGewichte' | 'divisor' | 'seed' | 'schulen'>; schule: SchuleErgebnis; bereich: string; gleichstand: Ergebnis['gleichstaende'][number] | null }): string[] {
  const { modell, ergebnis, schule: s, bereich, gleichstand } = input;
  const mass = einheitMass(modell.einheit);
  const menge = (n: number) => mengeText(n, modell.einheit);
  const stellen = (text: string) => `${zahl(text)} ${mass === 'Euro' ? 'Euro' : Number(text) === 1 ? 'Stelle' : 'Stellen'}`;
  const out: string[] = [];
  const n = ergebnis.schulen.length;

  out.push(
    `Verteilt werden ${menge(modell.summe)} (${einheitenText(ergebnis.einheiten)}${jeEinheit(modell)}) nach ${verfahrenLabels[modell.verfahren]} auf ${zahl(n, 0)} ${n === 1 ? 'Schule' : 'Schulen'} in ${bereich}.`,
  );

  const stufeText =
    s.sozialindex === null ? `Die Schule hat keinen Sozialindex und wird wie Stufe ${s.stufe} behandelt` : `Die Schule hat den Sozialindex ${s.sozialindex}`;
  const g = modell.gewichtung;
  if (g.art === 'stufe') {
    out.push(`${stufeText}; jede Schule dieser Stufe zählt mit dem Faktor ${zahl(s.faktor)}. Das ist ihr Gewicht.`);
  } else if (g.art === 'schueler-stufe') {
    out.push(`${stufeText} (Faktor ${zahl(s.faktor)}) und ${zahl(s.schueler ?? 0, 0)} Schüler:innen. Ihr Gewicht ist ${zahl(s.schueler ?? 0, 0)} × ${zahl(s.faktor)} = ${zahl(s.gewicht)}.`);
  } else {
    const sockel = (modell.summe * g.sockelProzent) / 100;
    const index = modell.summe - sockel;
    out.push(`${stufeText} (Faktor ${zahl(s.faktor)}) und ${zahl(s.schueler ?? 0, 0)} Schüler:innen.`);
    if (g.sockelProzent > 0) {
      out.push(`${g.sockelProzent} % der Summe (${stellen(String(sockel))}) werden nach der Schülerzahl verteilt; daraus stehen der Schule ${stellen(s.quoteSockel ?? '0')} zu.`);
    }
    if (g.sockelProzent < 100) {
      out.push(
        `${100 - g.sockelProzent} % (${stellen(String(index))}) werden nach der Schülerzahl mal dem Faktor der Stufe verteilt (${zahl(s.schueler ?? 0, 0)} × ${zahl(s.faktor)}); daraus stehen der Schule ${stellen(s.quoteIndex ?? '0')} zu.`,
      );
    }
    out.push(`Zusammen zählt die Schule damit wie ${zahl(s.gewicht)} Schüler:innen (ihr Gewicht).`);
  }

  out.push(`Das ist ein Anteil von ${zahl(s.anteilProzent)} % am Gewicht aller berücksichtigten Schulen (zusammen ${zahl(ergebnis.summeGewichte)}).`);
  out.push(`Rechnerisch stehen der Schule ${menge(modell.summe)} × ${zahl(s.anteilProzent)} % = ${stellen(s.quote)} zu (ihre Quote).`);

  if (modell.verfahren === 'hare-niemeyer') {
    const ganz = Math.floor(Number(s.anspruch));
    out.push(
      `Nach Hare-Niemeyer erhält jede Schule zuerst die ganzen Einheiten${jeEinheit(modell)} ihres Anspruchs von ${zahl(s.anspruch)} ${Number(s.anspruch) === 1 ? 'Einheit' : 'Einheiten'}, hier ${einheitenText(ganz)}; die übrigen Einheiten gehen an die größten Reste.`,
    );
    if (s.rest !== null && Number(s.rest) > 0) {
      out.push(
        s.restEinheit
          ? `Ihr Rest von ${zahl(s.rest)} steht auf Rang ${s.restRang} und bringt eine weitere Einheit.`
          : `Ihr Rest von ${zahl(s.rest)} steht auf Rang ${s.restRang} und reicht nicht für eine weitere Einheit.`,
      );
    }
  } else {
    const rundet = modell.verfahren === 'dhondt' ? 'abgerundet' : 'kaufmännisch gerundet';
    if (ergebnis.divisor !== null && s.begrenzung === null) {
      out.push(
        `Nach ${verfahrenLabels[modell.verfahren]} wird das Gewicht durch den Divisor ${zahl(ergebnis.divisor)} geteilt: ${zahl(s.gewicht)} ÷ ${zahl(ergebnis.divisor)} = ${zahl(s.anspruch)}, ${rundet} ${einheitenText(s.einheiten)}.`,
      );
    } else {
      out.push(`Nach ${verfahrenLabels[modell.verfahren]} wird das Gewicht durch einen gemeinsamen Divisor geteilt und ${rundet}.`);
    }
  }

  if (s.begrenzung === 'untergrenze') {
    out.push(`Die Untergrenze von ${menge(modell.untergrenze ?? 0)} je Schule hebt die Zuteilung von ${einheitenText(s.einheitenOhneGrenzen)} auf ${einheitenText(s.einheiten)}.`);
  } else if (s.begrenzung === 'obergrenze') {
    out.push(`Die Obergrenze von ${menge(modell.obergrenze ?? 0)} je Schule begrenzt die Zuteilung von ${einheitenText(s.einheitenOhneGrenzen)} auf ${einheitenText(s.einheiten)}.`);
  }

  if (gleichstand && s.gleichstand) {
    const andere = gleichstand.schuleIds.length - 1;
    out.push(
      `Die Schule hatte genau denselben Anspruch wie ${andere === 1 ? 'eine andere Schule' : `${zahl(andere, 0)} andere Schulen`} auf ${gleichstand.einheiten === 1 ? 'die letzte Einheit' : `die letzten ${zahl(gleichstand.einheiten, 0)} Einheiten`}. ` +
        `Das Los mit dem Startwert „${ergebnis.seed}“ hat ${s.losGewonnen ? 'für' : 'gegen'} sie entschieden; mit demselben Startwert fällt es immer gleich aus.`,
    );
  }

  out.push(
    s.einheiten === 0
      ? `Ergebnis: Die Schule erhält nichts (Abweichung von der Quote: ${mitVorzeichen(s.rundung)}).`
      : `Ergebnis: ${menge(s.menge)} (${einheitenText(s.einheiten)}; Abweichung von der Quote: ${mitVorzeichen(s.rundung)}).`,
  );
  return out;
}
