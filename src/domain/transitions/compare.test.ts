import { describe, expect, it } from 'vitest';
import { compareNames, comparePair, decodePattern, duplicateVerdict, encodePattern, FIELDS, NAME_LEVELS } from './compare.js';
import { prepareName, prepareRecord } from './prepare.js';
import { pupil } from './test-records.js';

const nameLevel = (a: string, b: string) => NAME_LEVELS[compareNames(prepareName(a), prepareName(b))] ?? 'missing';
const levels = (a: ReturnType<typeof pupil>, b: ReturnType<typeof pupil>) => {
  const decoded = decodePattern(comparePair(prepareRecord(a), prepareRecord(b)));
  return Object.fromEntries(FIELDS.map((f, i) => [f.key, f.levels[decoded[i]!] ?? 'missing']));
};

describe('comparing names', () => {
  it('counts spellings of the same name as equal', () => {
    expect(nameLevel('Müller', 'MUELLER')).toBe('exact');
    expect(nameLevel('Müller', 'Muller')).toBe('exact');
    expect(nameLevel('von der Heide', 'Heide')).toBe('exact');
    expect(nameLevel('Anna-Lena', 'Anna Lena')).toBe('exact');
    expect(nameLevel('Meyer-Schmidt', 'Schmidt-Meyer')).toBe('exact');
  });

  it('recognises part of a double name, also an initial', () => {
    expect(nameLevel('Müller-Lüdenscheidt', 'Müller')).toBe('part');
    expect(nameLevel('Anna', 'Anna-Lena')).toBe('part');
    expect(nameLevel('Hans J.', 'Hans Jürgen')).toBe('part');
    expect(nameLevel('Jan Ole', 'Jan Lars')).not.toBe('part');
  });

  it('grades typing errors and sound-alikes', () => {
    expect(nameLevel('Schneider', 'Schnieder')).toBe('close');
    expect(nameLevel('Mueller', 'Müller')).toBe('exact');
    // Two lists that both lost the umlaut, differently: only alike.
    expect(nameLevel('Mueller', 'Muller')).toBe('similar');
    expect(nameLevel('Meier', 'Mayr')).toBe('similar');
    expect(nameLevel('Müller', 'Yılmaz')).toBe('different');
    expect(nameLevel('', 'Yılmaz')).toBe('missing');
  });
});

describe('comparing records', () => {
  it('reads swapped first and last names', () => {
    expect(levels(pupil('a', 'Schmidt', 'Jonas', '2014-07-12'), pupil('b', 'Jonas', 'Schmidt', '2014-07-12'))).toMatchObject({ nachname: 'exact', vorname: 'exact', reihenfolge: 'swapped' });
    expect(levels(pupil('a', 'Schmidt', 'Jonas', null), pupil('b', 'Schmidt', '', null))).toMatchObject({ vorname: 'missing', reihenfolge: 'missing', geburtsdatum: 'missing' });
  });

  it('grades addresses by the most specific part both sides have', () => {
    const at = (strasse: string | null, plz: string | null, ort: string | null) => pupil('x', 'A', 'B', null, { strasse, plz, ort });
    const address = (a: ReturnType<typeof pupil>, b: ReturnType<typeof pupil>) => levels(a, b).anschrift;
    expect(address(at('Hauptstraße 12', '50667', 'Köln'), at('Hauptstr. 12', '50667', 'Köln'))).toBe('exact');
    expect(address(at('Hauptstraße 12', '50667', 'Köln'), at('Hauptstrase 12', '50667', 'Köln'))).toBe('similar');
    expect(address(at('Hauptstraße 12', '50667', 'Köln'), at('Hauptstraße 40', '50667', 'Köln'))).toBe('street');
    expect(address(at('Hauptstraße 12', '50667', 'Köln'), at('Ringweg 3', '50667', 'Köln'))).toBe('postcode');
    expect(address(at('Hauptstraße 12', '50667', 'Köln'), at(null, '50999', 'Köln'))).toBe('place');
    expect(address(at('Hauptstraße 12', '50667', 'Köln'), at('Ringweg 3', '44135', 'Dortmund'))).toBe('different');
    expect(address(at(null, null, null), at('Ringweg 3', '44135', 'Dortmund'))).toBe('missing');
  });

  it("compares the leaver's expected school with the registration's school", () => {
    expect(levels(pupil('a', 'A', 'B', null, { zielschule: '200010' }), pupil('b', 'A', 'B', null, { schule: '200010' })).zielschule).toBe('same');
    expect(levels(pupil('a', 'A', 'B', null, { zielschule: '200010' }), pupil('b', 'A', 'B', null, { schule: '200011' })).zielschule).toBe('different');
    expect(decodePattern(comparePair(prepareRecord(pupil('a', 'A', 'B', null, { zielschule: '1' })), prepareRecord(pupil('b', 'A', 'B', null, { schule: '1' })), false))[6]).toBe(2);
  });

  it('packs and unpacks patterns', () => {
    const l = [1, 4, 0, 6, 2, 3, 1];
    expect(decodePattern(encodePattern(l))).toEqual(l);
  });

  it('tells twins from duplicates by the first name', () => {
    const twins = comparePair(prepareRecord(pupil('a', 'Scholz', 'Leo', '2014-12-08')), prepareRecord(pupil('b', 'Scholz', 'Amina', '2014-12-08')), false);
    const alike = comparePair(prepareRecord(pupil('a', 'Scholz', 'Marie', '2014-12-08')), prepareRecord(pupil('b', 'Scholz', 'Mira', '2014-12-08')), false);
    const same = comparePair(prepareRecord(pupil('a', 'Scholz', 'Marie', '2014-12-08')), prepareRecord(pupil('b', 'SCHOLZ', 'Marei', '2014-12-08')), false);
    expect([duplicateVerdict(twins), duplicateVerdict(alike), duplicateVerdict(same)]).toEqual(['none', 'review', 'any']);
  });
});
