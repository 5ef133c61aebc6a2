import { randomBytes } from 'node:crypto';
import { indexText } from '../../../../domain/transfer/search.js';
import type { Db } from '../../../core/db.js';
import { insertFragen, insertLuecke, insertPraxis, insertTransfer, insertTransferFragen, replaceKontext, type FrageRow } from '../transfer.repository.js';

const uid = () => randomBytes(4).toString('hex');

/** A gap of a Kommune as the use case stores it, without going through the API. */
export async function buildLuecke(
  db: Db,
  kommuneId: string,
  overrides: { handlungsfeld?: string; altersphase?: string; beschreibung?: string; prioritaet?: string; status?: string } = {},
) {
  return insertLuecke(db, {
    kommuneId,
    handlungsfeld: overrides.handlungsfeld ?? 'sprachfoerderung',
    altersphase: overrides.altersphase ?? '3-5',
    beschreibung: overrides.beschreibung ?? 'Viele Kinder kommen ohne ausreichende Deutschkenntnisse in die Kita.',
    prioritaet: overrides.prioritaet ?? 'hoch',
    status: overrides.status ?? 'offen',
  });
}

/** A practice of a Kommune with its search text, as the use case stores it; `kontext` as question id → answer. */
export async function buildPraxis(
  db: Db,
  kommuneId: string,
  overrides: { titel?: string; beschreibung?: string; handlungsfelder?: string[]; altersphasen?: string[]; zielgruppen?: string[]; kontext?: { frageId: string; antwort: string }[] } = {},
) {
  const titel = overrides.titel ?? `Sprachförderung in der Kita ${uid()}`;
  const beschreibung = overrides.beschreibung ?? 'Sprachfachkräfte begleiten Kinder und Familien im Kita-Alltag und beraten die Erzieherinnen.';
  const zielgruppen = overrides.zielgruppen ?? ['Kinder', 'Familien'];
  const row = await insertPraxis(db, {
    kommuneId,
    titel,
    beschreibung,
    handlungsfelder: overrides.handlungsfelder ?? ['sprachfoerderung'],
    altersphasen: overrides.altersphasen ?? ['3-5'],
    zielgruppen,
    ressourcen: { personal: 'zwei halbe Stellen', geld: null, raeume: null },
    seit: 2018,
    kontakt: { name: null, funktion: 'Koordination', email: null },
    links: [],
    suchtext: indexText({ titel, beschreibung, zielgruppen }),
  });
  if (overrides.kontext?.length) await replaceKontext(db, row.id, overrides.kontext);
  return row;
}

/** A question of the catalogue outside the shipped numbering (code `test-…`), so it can be changed freely. */
export async function buildKontextfrage(db: Db, overrides: { dimension?: string; frage?: string; aktiv?: boolean } = {}): Promise<FrageRow> {
  const [row] = await insertFragen(db, [
    {
      code: `test-${uid()}`,
      dimension: overrides.dimension ?? 'institutionell',
      frage: overrides.frage ?? 'Wer hat das Angebot in der Verwaltung angestoßen?',
      hinweis: null,
      aktiv: overrides.aktiv ?? true,
    },
  ]);
  return row!;
}

/** A transfer between two Kommunen about a practice of the providing one, in the given phase. */
export async function buildTransfer(
  db: Db,
  opts: { praxisId: string; anfragendeKommuneId: string; abgebendeKommuneId: string; phase?: 'vorbereitung' | 'austausch' | 'abgeschlossen' | 'abgebrochen'; termin?: Date | null; fragen?: string[] },
) {
  const phase = opts.phase ?? 'vorbereitung';
  const row = await insertTransfer(db, {
    praxisId: opts.praxisId,
    anfragendeKommuneId: opts.anfragendeKommuneId,
    abgebendeKommuneId: opts.abgebendeKommuneId,
    anliegen: 'Wir möchten das Angebot bei uns einführen und brauchen Ihre Erfahrungen.',
    phase,
    termin: opts.termin !== undefined ? opts.termin : phase === 'austausch' ? new Date(Date.now() + 14 * 86_400_000) : null,
    ort: phase === 'austausch' ? 'Videokonferenz' : null,
    angepassteUmsetzung: phase === 'abgeschlossen' ? 'Wir setzen das Angebot an zwei Kitas im Stadtteil Nord um.' : null,
    abgeschlossenAm: phase === 'abgeschlossen' ? new Date() : null,
  });
  await insertTransferFragen(db, row.id, opts.fragen ?? []);
  return row;
}
