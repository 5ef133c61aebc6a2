import type { ZodError } from 'zod';
import { modellSchema, stufen, szenarioBody, type Einheit, type GespeichertesModell, type Gewichtung, type ModellInput, type Szenario, type Verfahren } from '../../../../domain/allocation/contracts.js';
import { isApiError } from '../../../lib/api.js';
import type { FieldErrors } from '../../../lib/forms.js';
import { numberInput, parseNumber } from '../format.js';

export type StufeKey = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
export const stufenKeys = stufen.map(String) as StufeKey[];
export type Faktoren = Record<StufeKey, string>;

export interface KommuneChoice {
  id: string;
  name: string;
}

/** What the model form holds: texts as typed (German numbers), choices as codes. */
export interface ModelValues {
  scopeId: string | null;
  name: string;
  beschreibung: string;
  summe: string;
  einheit: Einheit;
  verfahren: Verfahren;
  kommunen: KommuneChoice[];
  schulformen: string[];
  /** '' = no bound */
  sozialindexVon: string;
  sozialindexBis: string;
  nurStartchancen: boolean;
  ohneSozialindex: 'ausschliessen' | 'stufe';
  ersatzStufe: string;
  art: Gewichtung['art'];
  sockelProzent: string;
  faktoren: Faktoren;
  untergrenze: string;
  obergrenze: string;
  seed: string;
}

const byStufe = (f: (stufe: number) => string) => Object.fromEntries(stufenKeys.map((k) => [k, f(Number(k))])) as Faktoren;

/** Factor = level (1 to 9). */
export const linearFaktoren = (): Faktoren => byStufe((s) => String(s));

/** The NRW pattern: 30 % by pupils, 70 % by pupils × factor of the level (factor = level). */
export const nrwPreset = { art: 'sockel-index', sockelProzent: '30', faktoren: linearFaktoren() } as const satisfies Partial<ModelValues>;

export function emptyValues(scopeId: string | null): ModelValues {
  return {
    scopeId,
    name: '',
    beschreibung: '',
    summe: '',
    einheit: '1',
    verfahren: 'hare-niemeyer',
    kommunen: [],
    schulformen: [],
    sozialindexVon: '',
    sozialindexBis: '',
    nurStartchancen: false,
    ohneSozialindex: 'ausschliessen',
    ersatzStufe: '5',
    art: 'schueler-stufe',
    sockelProzent: '30',
    faktoren: linearFaktoren(),
    untergrenze: '',
    obergrenze: '',
    seed: '',
  };
}

/** The form filled from a saved scenario (for a new version); Kommune names come from the result. */
export function valuesOf(szenario: Szenario): ModelValues {
  const m: GespeichertesModell = szenario.modell;
  const names = new Map(szenario.ergebnis.schulen.map((s) => [s.kommuneId, s.kommuneName]));
  return {
    scopeId: szenario.scopeId,
    name: szenario.name,
    beschreibung: szenario.beschreibung ?? '',
    summe: numberInput(m.summe),
    einheit: m.einheit,
    verfahren: m.verfahren,
    kommunen: m.auswahl.kommuneIds.map((id) => ({ id, name: names.get(id) ?? id })),
    schulformen: [...m.auswahl.schulformen],
    sozialindexVon: m.auswahl.sozialindexVon === null ? '' : String(m.auswahl.sozialindexVon),
    sozialindexBis: m.auswahl.sozialindexBis === null ? '' : String(m.auswahl.sozialindexBis),
    nurStartchancen: m.auswahl.nurStartchancen,
    ohneSozialindex: m.auswahl.ohneSozialindex === 'ausschliessen' ? 'ausschliessen' : 'stufe',
    ersatzStufe: m.auswahl.ohneSozialindex === 'ausschliessen' ? '5' : String(m.auswahl.ohneSozialindex),
    art: m.gewichtung.art,
    sockelProzent: m.gewichtung.art === 'sockel-index' ? String(m.gewichtung.sockelProzent) : '30',
    faktoren: byStufe((s) => numberInput(Number(m.gewichtung.faktoren[String(s) as StufeKey]))),
    untergrenze: numberInput(m.untergrenze),
    obergrenze: numberInput(m.obergrenze),
    seed: m.seed,
  };
}

const optionalNumber = (text: string) => {
  const n = parseNumber(text);
  return n === undefined ? null : n;
};

/** The model as the API expects it (before the contract's checks). */
export function modelInput(v: ModelValues): unknown {
  const faktoren = { ...v.faktoren };
  return {
    summe: parseNumber(v.summe),
    einheit: v.einheit,
    verfahren: v.verfahren,
    auswahl: {
      kommuneIds: v.kommunen.map((k) => k.id),
      schulformen: v.schulformen,
      sozialindexVon: v.sozialindexVon === '' ? null : Number(v.sozialindexVon),
      sozialindexBis: v.sozialindexBis === '' ? null : Number(v.sozialindexBis),
      nurStartchancen: v.nurStartchancen,
      ohneSozialindex: v.ohneSozialindex === 'ausschliessen' ? 'ausschliessen' : Number(v.ersatzStufe),
    },
    gewichtung: v.art === 'sockel-index' ? { art: v.art, sockelProzent: parseNumber(v.sockelProzent), faktoren } : { art: v.art, faktoren },
    untergrenze: optionalNumber(v.untergrenze),
    obergrenze: optionalNumber(v.obergrenze),
    seed: v.seed.trim() === '' ? undefined : v.seed.trim(),
  };
}

// ---- Field keys: the path below `modell` ("summe", "auswahl.sozialindexVon", "gewichtung.faktoren.3")

/** Every field the form knows, in screen order (the error summary follows it), with its element id. */
export const fieldIds: Record<string, string> = {
  scopeId: 'modell-bereich',
  name: 'modell-name',
  beschreibung: 'modell-beschreibung',
  summe: 'modell-summe',
  einheit: 'modell-einheit',
  verfahren: 'modell-verfahren',
  auswahl: 'modell-auswahl',
  'auswahl.kommuneIds': 'modell-kommunen',
  'auswahl.schulformen': 'modell-schulformen',
  'auswahl.sozialindexVon': 'modell-index-von',
  'auswahl.sozialindexBis': 'modell-index-bis',
  'auswahl.nurStartchancen': 'modell-startchancen',
  'auswahl.ohneSozialindex': 'modell-ohne-index',
  gewichtung: 'modell-gewichtung',
  'gewichtung.art': 'modell-gewichtung',
  'gewichtung.sockelProzent': 'modell-sockel',
  'gewichtung.faktoren': 'modell-faktor-1',
  ...Object.fromEntries(stufenKeys.map((k) => [`gewichtung.faktoren.${k}`, `modell-faktor-${k}`])),
  untergrenze: 'modell-untergrenze',
  obergrenze: 'modell-obergrenze',
  seed: 'modell-seed',
};
const fieldOrder = Object.keys(fieldIds);

/**
 * The form's key for a field path of a zod issue or a problem answer: "body.modell.auswahl.schulformen.0"
 * → "auswahl.schulformen"; the longest known prefix wins, unknown paths keep their first part.
 */
export function fieldKey(path: string): string {
  const parts = path.split(/[./]/).filter((p) => p && p !== 'body');
  if (parts[0] === 'modell') parts.shift();
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (key in fieldIds) return key;
  }
  return parts[0] ?? '_form';
}

function ordered(found: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const key of fieldOrder) if (found[key]) out[key] = found[key];
  for (const [key, message] of Object.entries(found)) if (!(key in out)) out[key] = message;
  return out;
}

function zodErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = fieldKey(issue.path.map(String).join('.'));
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

export type ModelCheck = { ok: true; modell: ModellInput } | { ok: false; errors: FieldErrors };

/** The model alone, checked with the shared contract (for the live preview and before saving). */
export function checkModell(v: ModelValues, messages: { summeRequired: string; sockelRequired: string }): ModelCheck {
  const found: FieldErrors = {};
  if (v.summe.trim() === '') found.summe = messages.summeRequired;
  if (v.art === 'sockel-index' && v.sockelProzent.trim() === '') found['gewichtung.sockelProzent'] = messages.sockelRequired;
  const parsed = modellSchema.safeParse(modelInput(v));
  if (!parsed.success) for (const [key, message] of Object.entries(zodErrors(parsed.error))) if (!(key in found)) found[key] = message;
  if (parsed.success && Object.keys(found).length === 0) return { ok: true, modell: parsed.data as ModellInput };
  return { ok: false, errors: ordered(found) };
}

/** Field errors of the whole form: scope, name and description (with the contract's messages), then the model. */
export function checkForm(v: ModelValues, scopeRequired: string, modell: ModelCheck): FieldErrors {
  const found: FieldErrors = {};
  if (!v.scopeId) found.scopeId = scopeRequired;
  const name = szenarioBody.shape.name.safeParse(v.name);
  if (!name.success) found.name = name.error.issues[0]?.message ?? '';
  const beschreibung = szenarioBody.shape.beschreibung.safeParse(v.beschreibung);
  if (!beschreibung.success) found.beschreibung = beschreibung.error.issues[0]?.message ?? '';
  if (!modell.ok) Object.assign(found, modell.errors);
  return ordered(found);
}

/** Field errors of a problem answer (400 with field paths), keyed like the form's fields; null when there are none. */
export function problemErrors(error: unknown): FieldErrors | null {
  if (!isApiError(error) || !error.problem?.errors?.length) return null;
  const found: FieldErrors = {};
  for (const entry of error.problem.errors) {
    for (const path of entry.field.split(',')) {
      const key = fieldKey(path);
      if (!(key in found)) found[key] = entry.message;
    }
  }
  return ordered(found);
}
