import { describe, expect, it } from 'vitest';
import { readTransferTable } from './table.js';

const rows = (lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('reading practices and gaps from a table', () => {
  it('reads codes and German labels separated by |', () => {
    const r = readTransferTable(rows([['id', 'kommune', 'titel', 'beschreibung', 'handlungsfelder', 'altersphasen'], ['p1', 'Hamm', 'Lesepaten', 'Ehrenamtliche lesen vor.', 'lesefoerderung | Sprachförderung', 'Grundschule|3-5']]), 'praxis');
    expect(r).toEqual({ ok: true, records: [{ id: 'p1', kommune: 'Hamm', titel: 'Lesepaten', beschreibung: 'Ehrenamtliche lesen vor.', handlungsfelder: ['lesefoerderung', 'sprachfoerderung'], altersphasen: ['6-9', '3-5'] }] });
  });

  it('names row and column of every problem and returns no records', () => {
    const r = readTransferTable(rows([['id', 'kommune', 'titel', 'beschreibung', 'handlungsfelder'], ['p1', '', 'T', 'B', 'Fußball'], ['p1', 'Hamm', '', 'B', '']]), 'praxis');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { row: 2, column: 'kommune', message: 'Die Kommune fehlt.' },
      { row: 2, column: 'handlungsfelder', message: expect.stringContaining('„Fußball“ ist kein Handlungsfeld') },
      { row: 3, column: 'id', message: 'Die Kennung „p1“ steht schon in Zeile 2.' },
      { row: 3, column: 'titel', message: 'Der Titel fehlt.' },
    ]);
  });

  it('asks for the missing columns', () => {
    const r = readTransferTable(rows([['id', 'text']]), 'praxis');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join(' ')).toContain('Die Spalte „kommune“ fehlt');
  });
});
