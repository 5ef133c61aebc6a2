import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api.js';
import { checkRunde, emptyRunde, rundeProblemErrors } from './rundeForm.js';

const kommune = '04bed2bb-485a-4216-9b52-4778c5cb0e92';
const schule = (n: number) => ({ id: `769c6dc1-96cc-4ae3-8d29-12c9a70653b${n}`, name: `Schule ${n} (10000${n})` });
const required = { kommuneId: 'Bitte wählen Sie die Kommune aus.', frist: 'Bitte geben Sie die Frist an.' };

describe('the form to open a round', () => {
  it('names every problem with the contract’s German message, in screen order', () => {
    const checked = checkRunde({ ...emptyRunde(null), schuljahr: '2027/2028', aufbewahrungTage: '1,5' }, required);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.entries(checked.errors)).toEqual([
      ['kommuneId', 'Bitte wählen Sie die Kommune aus.'],
      ['bezeichnung', 'Die Bezeichnung muss mindestens 3 Zeichen lang sein.'],
      ['schuljahr', 'Das Schuljahr bitte als 2027/28 angeben.'],
      ['frist', 'Bitte geben Sie die Frist an.'],
      ['aufbewahrungTage', 'Die Aufbewahrungsfrist muss eine ganze Zahl von Tagen sein.'],
      ['abgebendeSchulen', 'Bitte mindestens eine abgebende Schule wählen.'],
      ['aufnehmendeSchulen', 'Bitte mindestens eine aufnehmende Schule wählen.'],
    ]);
  });

  it('gives the request body for complete input; 0 days deletes on closing', () => {
    const checked = checkRunde(
      { kommuneId: kommune, bezeichnung: ' Übergang 2027 ', schuljahr: '2027/28', frist: '2027-03-15', aufbewahrungTage: '0', abgebendeSchulen: [schule(1)], aufnehmendeSchulen: [schule(2)] },
      required,
    );
    expect(checked).toEqual({
      ok: true,
      data: { kommuneId: kommune, bezeichnung: 'Übergang 2027', schuljahr: '2027/28', frist: '2027-03-15', aufbewahrungTage: 0, abgebendeSchulen: [schule(1).id], aufnehmendeSchulen: [schule(2).id] },
    });
  });

  it('puts field errors of the server at their field, also those of one school in a list', () => {
    const problem = { type: 'about:blank', title: 'Ungültig', status: 400, code: 'validation', detail: 'Ungültig', errors: [{ field: 'body.abgebendeSchulen.0', message: 'Die Schule gehört nicht zur Kommune.' }] };
    expect(rundeProblemErrors(new ApiError(400, problem))).toEqual({ abgebendeSchulen: 'Die Schule gehört nicht zur Kommune.' });
    expect(rundeProblemErrors(new ApiError(500, null))).toBeNull();
  });
});
