import { rundeBody, type RundeBody, type SchuleRef } from '../../../../domain/transitions/round-contracts.js';
import { isApiError } from '../../../lib/api.js';
import { validate, type FieldErrors, type Validation } from '../../../lib/forms.js';

/** A school as the pickers offer it: the Schulnummer is part of the name, so typing either finds it. */
export interface SchuleChoice {
  id: string;
  name: string;
}

/** What the form holds: texts as typed. */
export interface RundeValues {
  kommuneId: string | null;
  bezeichnung: string;
  schuljahr: string;
  frist: string;
  aufbewahrungTage: string;
  abgebendeSchulen: SchuleChoice[];
  aufnehmendeSchulen: SchuleChoice[];
}

export const DEFAULT_AUFBEWAHRUNG = '30';

export const emptyRunde = (kommuneId: string | null): RundeValues => ({
  kommuneId,
  bezeichnung: '',
  schuljahr: '',
  frist: '',
  aufbewahrungTage: DEFAULT_AUFBEWAHRUNG,
  abgebendeSchulen: [],
  aufnehmendeSchulen: [],
});

export const schuleChoice = (s: SchuleRef): SchuleChoice => ({ id: s.id, name: `${s.name} (${s.schulnummer})` });

/** Field → element id, in screen order (the error summary follows it). */
export const rundeFieldIds = {
  kommuneId: 'runde-kommune',
  bezeichnung: 'runde-bezeichnung',
  schuljahr: 'runde-schuljahr',
  frist: 'runde-frist',
  aufbewahrungTage: 'runde-aufbewahrung',
  abgebendeSchulen: 'runde-abgebend',
  aufnehmendeSchulen: 'runde-aufnehmend',
} as const;
const order = Object.keys(rundeFieldIds);

/** "30" → 30, "" → undefined (the contract asks for it), anything else a number the contract rejects. */
function days(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number(trimmed.replace(',', '.'));
}

/** Checked with the shared contract before anything is sent; `required` names empty fields the contract would only call invalid. */
export function checkRunde(v: RundeValues, required: { kommuneId: string; frist: string }): Validation<RundeBody> {
  const input = {
    kommuneId: v.kommuneId ?? '',
    bezeichnung: v.bezeichnung,
    schuljahr: v.schuljahr,
    frist: v.frist,
    aufbewahrungTage: days(v.aufbewahrungTage),
    abgebendeSchulen: v.abgebendeSchulen.map((s) => s.id),
    aufnehmendeSchulen: v.aufnehmendeSchulen.map((s) => s.id),
  };
  return validate(rundeBody, input, { required, order });
}

/** Field errors of a problem answer ("body.abgebendeSchulen.0" → abgebendeSchulen); null when there are none. */
export function rundeProblemErrors(error: unknown): FieldErrors | null {
  if (!isApiError(error) || !error.problem?.errors?.length) return null;
  const found: FieldErrors = {};
  for (const entry of error.problem.errors) {
    const key = entry.field.split(/[./]/).find((part) => part in rundeFieldIds) ?? '_form';
    if (!(key in found)) found[key] = entry.message;
  }
  return found;
}
