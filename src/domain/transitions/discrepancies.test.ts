import { describe, expect, it } from 'vitest';
import { summarizeRound } from './discrepancies.js';
import { linkLists } from './link.js';
import { formatRoundReport } from './report.js';
import { pupil } from './test-records.js';

describe('the round summary', () => {
  const leavers = [
    pupil('a1', 'Müller', 'Anna', '2014-03-05', { schule: 'G1', zielschule: 'S1' }),
    pupil('a2', 'Schmidt', 'Jonas', '2014-07-12', { schule: 'G1', zielschule: 'S1' }),
    pupil('a3', 'Yılmaz', 'Elif', '2014-10-01', { schule: 'G2', zielschule: 'S2' }),
    pupil('a4', 'Weber', 'Paul', '2014-01-20', { schule: 'G2', zielschule: 'S2' }),
    pupil('a5', 'Weber', 'Paul', '2014-01-20', { schule: 'G1', zielschule: 'S2' }),
  ];
  const registrations = [
    pupil('r1', 'Müller', 'Anna', '2014-03-05', { schule: 'S1' }),
    pupil('r2', 'Schmidt', 'Jonas', '2014-07-12', { schule: 'S2' }),
    pupil('r3', 'Schmidt', 'Jonas', '2014-07-12', { schule: 'S1' }),
    pupil('r4', 'Weber', 'Paul', '2014-01-20', { schule: 'S2' }),
    pupil('r5', 'Koch', 'Ida', '2015-05-05', { schule: 'S1' }),
  ];
  const link = linkLists(leavers, registrations);
  const summary = summarizeRound(leavers, registrations, link);
  const ids = <T>(list: T[], id: (x: T) => string) => list.map(id).sort();

  it('finds unversorgt leavers, registrations without leaver, double and unexpected registrations', () => {
    expect(ids(summary.unversorgt, (i) => leavers[i]!.id)).toEqual(['a3']);
    expect(ids(summary.ohneAbgang, (j) => registrations[j]!.id)).toEqual(['r5']);
    expect(summary.mehrfach.map((m) => [leavers[m.leaver]!.id, ids(m.registrations, (j) => registrations[j]!.id)])).toEqual([['a2', ['r2', 'r3']]]);
    expect(summary.andereSchule.map((a) => `${leavers[a.leaver]!.id}:${a.expected}→${a.actual}`)).toEqual(['a2:S1→S2']);
  });

  it('does not call a leaver unversorgt who stands twice in the leaver list and is found once', () => {
    const list = (kind: string) => (kind === 'abgang' ? leavers : registrations);
    // Jonas, registered at two schools, also stands twice in the registration list.
    expect(summary.doppeltInListe.map((d) => `${d.list}:${list(d.list)[d.first]!.id}=${list(d.list)[d.second]!.id}:${d.decision}`)).toEqual(['abgang:a4=a5:match', 'anmeldung:r2=r3:match']);
    expect(summary.counts).toMatchObject({ leavers: 5, registrations: 5, unversorgt: 1, ohneAbgang: 1, mehrfach: 1, andereSchule: 1, doppeltAbgang: 1, doppeltAnmeldung: 1 });
  });

  it('writes a German report with the cases to look at', () => {
    const report = formatRoundReport({ leavers, registrations, link, summary, leaverSource: 'abgang.csv', registrationSource: 'anmeldung.csv' });
    expect(report).toContain('Abgangsliste:  abgang.csv (5 Einträge)');
    expect(report).toContain('Unversorgt: keine Anmeldung gefunden (1)\n  a3: Yılmaz, Elif, geb. 01.10.2014, Schule G2, erwartet an S2');
    expect(report).toContain('Anmeldungen ohne abgebende Schule (1)\n  r5: Koch, Ida, geb. 05.05.2015, Schule S1');
    expect(report).toContain('a2: Schmidt, Jonas, geb. 12.07.2014, Schule G1  →  ');
  });

  it('summarises empty lists', () => {
    const empty = summarizeRound([], [], linkLists([], []));
    expect(empty.counts).toMatchObject({ leavers: 0, registrations: 0, matches: 0, unversorgt: 0 });
  });
});
