import { praxisBody } from '../../../../domain/transfer/contracts.js';
import type { FieldErrors } from '../../../lib/forms.js';
import type { KontextFrageDto, PraxisDetail, PraxisInput } from '../api.js';
import { lines } from '../format.js';
import type { Altersphase, Handlungsfeld } from '../labels.js';

/** The practice form as typed: lists as lines, the year as text, context answers by question id. */
export interface PraxisValues {
  titel: string;
  beschreibung: string;
  handlungsfelder: Handlungsfeld[];
  altersphasen: Altersphase[];
  zielgruppen: string;
  personal: string;
  geld: string;
  raeume: string;
  seit: string;
  kontaktName: string;
  kontaktFunktion: string;
  kontaktEmail: string;
  links: string;
  /** Chosen questions in the order they were chosen. */
  fragen: string[];
  antworten: Record<string, string>;
}

export const praxisFieldIds = {
  kommuneId: 'praxis-kommune',
  titel: 'praxis-titel',
  beschreibung: 'praxis-beschreibung',
  handlungsfelder: 'praxis-handlungsfelder',
  altersphasen: 'praxis-altersphasen',
  zielgruppen: 'praxis-zielgruppen',
  personal: 'praxis-personal',
  geld: 'praxis-geld',
  raeume: 'praxis-raeume',
  seit: 'praxis-seit',
  kontaktName: 'praxis-kontakt-name',
  kontaktFunktion: 'praxis-kontakt-funktion',
  kontaktEmail: 'praxis-kontakt-email',
  links: 'praxis-links',
  kontext: 'praxis-kontext',
};

export const antwortFieldId = (frageId: string) => `praxis-antwort-${frageId}`;
export const antwortKey = (frageId: string) => `antwort-${frageId}`;

export const emptyPraxis: PraxisValues = {
  titel: '',
  beschreibung: '',
  handlungsfelder: [],
  altersphasen: [],
  zielgruppen: '',
  personal: '',
  geld: '',
  raeume: '',
  seit: '',
  kontaktName: '',
  kontaktFunktion: '',
  kontaktEmail: '',
  links: '',
  fragen: [],
  antworten: {},
};

export function praxisValues(p: PraxisDetail): PraxisValues {
  return {
    titel: p.titel,
    beschreibung: p.beschreibung,
    handlungsfelder: p.handlungsfelder as Handlungsfeld[],
    altersphasen: p.altersphasen as Altersphase[],
    zielgruppen: p.zielgruppen.join('\n'),
    personal: p.ressourcen.personal ?? '',
    geld: p.ressourcen.geld ?? '',
    raeume: p.ressourcen.raeume ?? '',
    seit: p.seit === null ? '' : String(p.seit),
    kontaktName: p.kontakt.name ?? '',
    kontaktFunktion: p.kontakt.funktion ?? '',
    kontaktEmail: p.kontakt.email ?? '',
    links: p.links.join('\n'),
    fragen: p.kontext.map((k) => k.frageId),
    antworten: Object.fromEntries(p.kontext.map((k) => [k.frageId, k.antwort])),
  };
}

/** Where a problem of the request body belongs on screen ("kontext.2.antwort" → the answer of the third chosen question). */
export function keyOfPath(path: readonly (string | number)[], fragen: readonly string[]): string {
  const [first, second] = path.map(String);
  if (first === 'ressourcen') return second ?? 'personal';
  if (first === 'kontakt') return second === 'funktion' ? 'kontaktFunktion' : second === 'email' ? 'kontaktEmail' : 'kontaktName';
  if (first === 'kontext') {
    const frageId = second !== undefined ? fragen[Number(second)] : undefined;
    return frageId ? antwortKey(frageId) : 'kontext';
  }
  return first ?? '_form';
}

export type PraxisCheck = { ok: true; body: PraxisInput } | { ok: false; errors: FieldErrors };

const order = ['kommuneId', 'titel', 'beschreibung', 'handlungsfelder', 'altersphasen', 'zielgruppen', 'personal', 'geld', 'raeume', 'seit', 'kontaktName', 'kontaktFunktion', 'kontaktEmail', 'links', 'kontext'];

/** Checks the form with the shared contract before anything is sent. */
export function checkPraxis(values: PraxisValues, katalog: readonly KontextFrageDto[], messages: { seit: string; kommune?: string }, kommuneId?: string | null): PraxisCheck {
  const found: FieldErrors = {};
  if (messages.kommune && !kommuneId) found.kommuneId = messages.kommune;
  const seit = values.seit.trim();
  if (seit && !/^\d{4}$/.test(seit)) found.seit = messages.seit;
  const byId = new Map(katalog.map((f) => [f.id, f]));
  const input = {
    titel: values.titel,
    beschreibung: values.beschreibung,
    handlungsfelder: values.handlungsfelder,
    altersphasen: values.altersphasen,
    zielgruppen: lines(values.zielgruppen),
    ressourcen: { personal: values.personal, geld: values.geld, raeume: values.raeume },
    seit: seit && !found.seit ? Number(seit) : null,
    kontakt: { name: values.kontaktName, funktion: values.kontaktFunktion, email: values.kontaktEmail },
    links: lines(values.links),
    kontext: values.fragen.map((frageId) => ({ frage: byId.get(frageId)?.code ?? frageId, antwort: values.antworten[frageId] ?? '' })),
  };
  const parsed = praxisBody.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = keyOfPath(issue.path as (string | number)[], values.fragen);
      if (!(key in found)) found[key] = issue.message;
    }
  }
  if (!parsed.success || Object.keys(found).length > 0) {
    const ordered: FieldErrors = {};
    for (const key of order) if (found[key]) ordered[key] = found[key];
    for (const frageId of values.fragen) if (found[antwortKey(frageId)]) ordered[antwortKey(frageId)] = found[antwortKey(frageId)]!;
    for (const [key, message] of Object.entries(found)) if (!(key in ordered)) ordered[key] = message;
    return { ok: false, errors: ordered };
  }
  return { ok: true, body: parsed.data };
}
