import { describe, expect, it } from 'vitest';
import type { Vergleich } from '../api.js';
import { formatIds, parseIds } from './ids.js';
import { filterRows, hasDifference, indexRows, parseSort, sortParam, sortRows, type SchoolRow } from './schoolRows.js';

const a = '04bed2bb-485a-4216-9b52-4778c5cb0e92';
const b = '769c6dc1-96cc-4ae3-8d29-12c9a70653b1';

describe('ids in the address', () => {
  it('reads two to five scenarios, each optionally at a version, and writes them back', () => {
    const { refs, error } = parseIds(`${a},${b}:3`);
    expect(error).toBeNull();
    expect(refs).toEqual([
      { id: a, version: null },
      { id: b, version: 3 },
    ]);
    expect(formatIds(refs)).toBe(`${a},${b}:3`);
  });

  it('takes one scenario alone as the start of a choice, not as a mistake', () => {
    expect(parseIds(a)).toEqual({ refs: [{ id: a, version: null }], error: null });
    expect(parseIds(null)).toEqual({ refs: [], error: null });
    expect(parseIds('  ')).toEqual({ refs: [], error: null });
  });

  it('answers malformed and too many ids with the German message of the contract', () => {
    expect(parseIds('xyz,abc').error).toBe('„xyz“ ist keine Szenario-Kennung (optional mit :Version).');
    expect(parseIds([a, b, a, b, a, b].join(',')).error).toBe('Höchstens fünf Szenarien lassen sich vergleichen.');
    expect(parseIds('nur-eins').error).toBe('„nur-eins“ ist keine Szenario-Kennung (optional mit :Version).');
  });
});

const school = (name: string, mengen: (number | null)[], extra: Partial<SchoolRow> = {}): SchoolRow => ({
  schuleId: `${name}-id`,
  schulnummer: String(100000 + name.length),
  name,
  schulform: 'Grundschule',
  kommuneName: 'Köln',
  sozialindex: 5,
  schueler: 200,
  mengen,
  differenzen: mengen.map((m) => (m ?? 0) - (mengen[0] ?? 0)),
  ...extra,
});

describe('schools of a comparison', () => {
  const rows: Vergleich['schulen'] = [
    school('Anna-Schule', [1, 1]),
    school('Bodo-Schule', [0.5, 1.5], { sozialindex: 9, schueler: 300 }),
    school('Café-Schule', [1, 0], { sozialindex: 3 }),
    school('Dora-Schule', [0, null], { sozialindex: null }),
    school('Emil-Schule', [null, 0.5], { schueler: null }),
  ];
  const indexed = indexRows(rows);

  it('counts a school as changed when its amount differs; left out counts as 0', () => {
    expect(rows.map(hasDifference)).toEqual([false, true, true, false, true]);
  });

  it('searches by every word, ignoring case and accents, and filters the changed ones', () => {
    expect(filterRows(indexed, 'cafe', false).map((r) => r.row.name)).toEqual(['Café-Schule']);
    expect(filterRows(indexed, 'KÖLN schule', false)).toHaveLength(5);
    expect(filterRows(indexed, '', true).map((r) => r.row.name)).toEqual(['Bodo-Schule', 'Café-Schule', 'Emil-Schule']);
  });

  it('sorts by the difference to the first scenario, largest first, empty values last', () => {
    const diff = parseSort('unterschied-B', 2);
    expect(sortParam(diff)).toBe('unterschied-B');
    expect(sortRows(indexed, diff, 'desc').map((r) => r.row.name)).toEqual(['Bodo-Schule', 'Emil-Schule', 'Anna-Schule', 'Dora-Schule', 'Café-Schule']);
    expect(sortRows(indexed, diff, 'asc').map((r) => r.row.name)).toEqual(['Café-Schule', 'Anna-Schule', 'Dora-Schule', 'Emil-Schule', 'Bodo-Schule']);
    expect(sortRows(indexed, parseSort('sozialindex', 2), 'desc').map((r) => r.row.name)).toEqual(['Bodo-Schule', 'Anna-Schule', 'Emil-Schule', 'Café-Schule', 'Dora-Schule']);
  });

  it('falls back to the name for unknown sort keys and letters beyond the compared scenarios', () => {
    expect(parseSort('unterschied-C', 2)).toEqual({ kind: 'name' });
    expect(parseSort('unterschied-A', 2)).toEqual({ kind: 'name' });
    expect(parseSort('menge-A', 2)).toEqual({ kind: 'menge', index: 0 });
    expect(parseSort('quatsch', 2)).toEqual({ kind: 'name' });
  });
});
