import { describe, expect, it } from 'vitest';
import type { PupilRecord } from './contracts.js';
import { findDuplicates } from './duplicates.js';
import { linkLists } from './link.js';
import { explainPattern } from './model.js';
import { pupil } from './test-records.js';

const pairs = (leavers: PupilRecord[], registrations: PupilRecord[], options = {}) =>
  linkLists(leavers, registrations, options).pairs.map((p) => `${p.leaverId}-${p.registrationId}:${p.decision}`);

/** A small cohort of unrelated children around the pairs under test, so the lists are not trivially short. */
const crowd = (prefix: string, n: number, school?: string): PupilRecord[] => {
  const surnames = ['Becker', 'Wagner', 'Hofmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann'];
  const given = ['Lukas', 'Lea', 'Finn', 'Emilia', 'Noah', 'Ida', 'Elias', 'Mila', 'Paul', 'Clara', 'Theo', 'Lina', 'Emil'];
  return Array.from({ length: n }, (_, i) =>
    pupil(`${prefix}${i}`, surnames[i % surnames.length]!, given[(i * 7) % given.length]!, `2014-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`, {
      strasse: `Lindenweg ${i + 1}`,
      plz: '50667',
      ort: 'Köln',
      ...(school ? { schule: school } : {}),
    }),
  );
};

describe('linking leavers with registrations', () => {
  it('finds each child despite typing errors, transliterations, swapped names, double names and date slips', () => {
    const leavers = [
      pupil('a1', 'Müller', 'Anna', '2014-03-05', { strasse: 'Hauptstraße 3', plz: '50667', ort: 'Köln' }),
      pupil('a2', 'Schmidt', 'Jonas', '2014-07-12'),
      pupil('a3', 'Yılmaz', 'Elif', '2014-10-01'),
      pupil('a4', 'Hoffmann-Lehmann', 'Anna-Lena', '2015-02-14'),
      pupil('a5', 'van der Berg', 'Noah', '2014-08-20'),
      pupil('a6', 'Großmann', 'Ben', '2014-11-30'),
      ...crowd('x', 40),
    ];
    const registrations = [
      pupil('r1', 'MUELLER', 'Anna', '2014-05-03', { strasse: 'Hauptstr. 3', plz: '50667', ort: 'Köln' }),
      pupil('r2', 'Jonas', 'Schmidt', '2014-07-12'),
      pupil('r3', 'Yilmaz', 'Elif', '2014-10-01'),
      pupil('r4', 'Lehmann', 'Anna', '2015-02-14'),
      pupil('r5', 'Berg', 'Noah', '2014-08-02'),
      pupil('r6', 'Grossmann', 'Ben', '2013-11-30'),
      ...crowd('y', 40),
    ];
    const found = pairs(leavers, registrations);
    for (const p of ['a1-r1', 'a2-r2', 'a3-r3', 'a4-r4', 'a5-r5', 'a6-r6']) expect(found).toContain(`${p}:match`);
    expect(found).toHaveLength(46);
  });

  it('links each registration to one leaver at most, and a leaver once per school', () => {
    const leavers = [pupil('a', 'Neumann', 'Mia', '2014-04-04', { zielschule: 'S1' }), ...crowd('x', 20)];
    const registrations = [pupil('r1', 'Neumann', 'Mia', '2014-04-04', { schule: 'S1' }), pupil('r2', 'Neumann', 'Mia', '2014-04-04', { schule: 'S2' }), ...crowd('y', 20, 'S1')];
    const result = linkLists(leavers, registrations);
    const ofA = result.pairs.filter((p) => p.leaverId === 'a');
    expect(ofA.map((p) => `${p.registrationId}:${p.decision}`).sort()).toEqual(['r1:match', 'r2:match']);
    expect(new Set(result.pairs.map((p) => p.registrationId)).size).toBe(result.pairs.length);
  });

  it('takes one of two entries of the same child at the same school and reports the other as duplicate', () => {
    const leavers = [pupil('a', 'Krause', 'Lisa', '2014-09-12', { zielschule: 'S1' }), ...crowd('x', 20)];
    const registrations = [pupil('r1', 'Krause', 'Lisa', '2014-09-12', { schule: 'S1' }), pupil('r2', 'Krause', 'Lisa', '2014-09-12', { schule: 'S1' }), ...crowd('y', 20, 'S1')];
    const result = linkLists(leavers, registrations);
    expect(result.pairs.filter((p) => p.leaverId === 'a').map((p) => `${p.registrationId}:${p.decision}`)).toEqual(['r1:match']);
    expect(result.registrationDuplicates.map((d) => `${d.firstId}=${d.secondId}:${d.decision}`)).toEqual(['r1=r2:match']);
  });

  it('keeps twins apart and does not give a twin without registration the other one', () => {
    const home = { strasse: 'Ringweg 8', plz: '44135', ort: 'Dortmund' };
    const leavers = [pupil('leo', 'Scholz', 'Leo', '2014-12-08', home), pupil('amina', 'Scholz', 'Amina', '2014-12-08', home), pupil('emma', 'Scholz', 'Emma', '2014-12-08', home), ...crowd('x', 30)];
    const registrations = [pupil('r-leo', 'Scholz', 'Leo', '2014-12-08', home), pupil('r-amina', 'Scholz', 'Amina', '2014-12-08', home), ...crowd('y', 30)];
    const result = linkLists(leavers, registrations);
    const found = result.pairs.map((p) => `${p.leaverId}-${p.registrationId}:${p.decision}`);
    expect(found).toContain('leo-r-leo:match');
    expect(found).toContain('amina-r-amina:match');
    expect(found.filter((p) => p.startsWith('emma'))).toEqual([]);
    expect(result.leaverDuplicates).toEqual([]);
  });

  it('proposes an ambiguous pair for review instead of deciding', () => {
    const leavers = [pupil('a', 'Schmidt', 'Mia', null), ...crowd('x', 30)];
    const registrations = [pupil('r1', 'Schmidt', 'Mia', '2014-05-01'), pupil('r2', 'Schmidt', 'Mia', '2014-09-09', { strasse: 'Am Markt 1' }), ...crowd('y', 30)];
    const ofA = linkLists(leavers, registrations).pairs.filter((p) => p.leaverId === 'a');
    expect(ofA).toHaveLength(1);
    expect(ofA[0]!.decision).toBe('review');
    expect(ofA[0]!.probability).toBeLessThanOrEqual(0.5 + 1e-9);
  });

  it('works without any birth dates', () => {
    const leavers = [pupil('a1', 'Wagner', 'Paul', null, { strasse: 'Burgweg 2', plz: '53111', ort: 'Bonn' }), pupil('a2', 'Koch', 'Ida', null, { strasse: 'Parkallee 9', plz: '53113', ort: 'Bonn' })];
    const registrations = [pupil('r1', 'Koch', 'Ida', null, { strasse: 'Parkallee 9', plz: '53113', ort: 'Bonn' }), pupil('r2', 'Wagner', 'Paul', null, { strasse: 'Burgweg 2', plz: '53111', ort: 'Bonn' })];
    expect(pairs(leavers, registrations).sort()).toEqual(['a1-r2:match', 'a2-r1:match']);
  });

  it('handles empty lists', () => {
    expect(linkLists([], []).pairs).toEqual([]);
    expect(linkLists([pupil('a', 'Koch', 'Ida', '2014-01-01')], []).pairs).toEqual([]);
    expect(linkLists([], [pupil('r', 'Koch', 'Ida', '2014-01-01')]).pairs).toEqual([]);
    expect(findDuplicates([]).pairs).toEqual([]);
  });

  it('explains a pair field by field in German', () => {
    const result = linkLists([pupil('a', 'Müller', 'Anna', '2014-03-05')], [pupil('r', 'Mueller', 'Anna', '2014-05-03')]);
    const explained = explainPattern(result.model, result.pairs[0]!.pattern);
    expect(explained.find((e) => e.field === 'geburtsdatum')).toMatchObject({ label: 'Geburtsdatum', level: 'Tag und Monat vertauscht' });
    expect(explained.find((e) => e.field === 'nachname')!.weight).toBeGreaterThan(0);
    expect(explained.find((e) => e.field === 'anschrift')).toMatchObject({ level: null, weight: 0 });
  });

  it('reuses a model estimated before', () => {
    const leavers = [pupil('a', 'Braun', 'Emil', '2014-06-06'), ...crowd('x', 30)];
    const registrations = [pupil('r', 'Braun', 'Emil', '2014-06-06'), ...crowd('y', 30)];
    const first = linkLists(leavers, registrations);
    const again = linkLists(leavers.slice(0, 5), registrations.slice(0, 5), { model: first.model });
    expect(again.model.fields).toBe(first.model.fields);
    expect(again.pairs.map((p) => `${p.leaverId}-${p.registrationId}`)).toContain('a-r');
  });
});

describe('duplicates inside one list', () => {
  it('finds a child typed in twice, but not twins', () => {
    const list = [
      pupil('d1', 'Schäfer', 'Jakob', '2014-02-02', { strasse: 'Weg 1' }),
      pupil('d2', 'Schaefer', 'Jakob', '2014-02-02', { strasse: 'Weg 1' }),
      pupil('t1', 'Lange', 'Paula', '2014-08-08', { strasse: 'Weg 2' }),
      pupil('t2', 'Lange', 'Moritz', '2014-08-08', { strasse: 'Weg 2' }),
      ...crowd('x', 30),
    ];
    expect(findDuplicates(list).pairs.map((d) => `${d.firstId}=${d.secondId}:${d.decision}`)).toEqual(['d1=d2:match']);
  });
});
