import { describe, expect, it } from 'vitest';
import { blockingKeys, candidatePairs } from './blocking.js';
import { prepareRecord } from './prepare.js';
import { pupil } from './test-records.js';

const pairsOf = (left: ReturnType<typeof pupil>[], right: ReturnType<typeof pupil>[]) => {
  const c = candidatePairs(left.map(prepareRecord), right.map(prepareRecord));
  return Array.from(c.left, (l, k) => `${left[l]!.id}-${right[c.right[k]!]!.id}`).sort();
};

describe('blocking', () => {
  it('finds swapped first and last names even with a wrong birth date', () => {
    const leavers = [pupil('a', 'Schneider', 'Jonas', '2014-07-12')];
    const registrations = [pupil('r', 'Jonas', 'Schneider', '2015-11-30')];
    expect(pairsOf(leavers, registrations)).toEqual(['a-r']);
  });

  it('finds a misspelt surname through first name and date, and a misspelt first name through the surname', () => {
    const leavers = [pupil('a1', 'Wojciechowski', 'Mia', '2014-09-01'), pupil('a2', 'Brinkmann', 'Leon', '2014-10-02')];
    const registrations = [pupil('r1', 'Voitschechowski', 'Mia', '2014-09-01'), pupil('r2', 'Brinkmann', 'Lion', '2014-10-02')];
    expect(pairsOf(leavers, registrations)).toEqual(['a1-r1', 'a2-r2']);
  });

  it('finds a date with day and month swapped or a wrong year while the first name is given only in part', () => {
    const leavers = [pupil('a1', 'Hoffmann', 'Anna-Lena', '2014-03-07'), pupil('a2', 'Krüger', 'Paul Alexander', '2014-11-18')];
    const registrations = [pupil('r1', 'Hoffmann', 'Anna', '2014-07-03'), pupil('r2', 'Krueger', 'Paul', '2015-11-18')];
    expect(pairsOf(leavers, registrations)).toEqual(['a1-r1', 'a2-r2']);
  });

  it('finds both names misspelt through date and initials, or through the address', () => {
    const leavers = [pupil('a1', 'Kowalczyk', 'Zuzanna', '2014-05-05'), pupil('a2', 'Papadopoulos', 'Nikolaos', null, { strasse: 'Lindenweg 4', plz: '44135' })];
    const registrations = [pupil('r1', 'Kovalchik', 'Zusana', '2014-05-05'), pupil('r2', 'Papadopulos', 'Nicolaos', null, { strasse: 'Lindenweg 4', plz: '44137' })];
    expect(pairsOf(leavers, registrations)).toEqual(['a1-r1', 'a2-r2']);
  });

  it('finds a registration at the expected school when surname and date are both off', () => {
    const leavers = [pupil('a', 'Steinert', 'Oskar', null, { zielschule: '200081' })];
    const registrations = [pupil('r', 'Stwinert', 'Oskar', null, { schule: '200081' })];
    expect(pairsOf(leavers, registrations)).toEqual(['a-r']);
  });

  it('does not pair unrelated children', () => {
    const leavers = [pupil('a', 'Müller', 'Anna', '2014-03-05', { plz: '50667' })];
    const registrations = [pupil('r', 'Yılmaz', 'Emir', '2015-01-20', { plz: '44135' })];
    expect(pairsOf(leavers, registrations)).toEqual([]);
  });

  it('pairs inside one list only once and never with itself', () => {
    const list = [pupil('a', 'Weber', 'Ben', '2014-08-01'), pupil('b', 'Weber', 'Ben', '2014-08-01'), pupil('c', 'Weber', 'Ben', '2014-08-01')].map(prepareRecord);
    const c = candidatePairs(list, null);
    expect(Array.from(c.left, (l, k) => `${l}-${c.right[k]}`).sort()).toEqual(['0-1', '0-2', '1-2']);
  });

  it('leaves out keys that would pair too many records, and copes with empty lists and missing values', () => {
    const many = Array.from({ length: 60 }, (_, i) => pupil(`p${i}`, 'Schmidt', 'Mia', '2014-06-01', { strasse: `Weg ${i}` })).map(prepareRecord);
    const c = candidatePairs(many, many, { maxPairsPerKey: 100 });
    expect(c.skippedKeys).toBeGreaterThan(0);
    expect(candidatePairs([], []).count).toBe(0);
    expect(blockingKeys(prepareRecord(pupil('x', '', '', null)))).toEqual([]);
  });
});
