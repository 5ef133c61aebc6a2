import type { PupilRecord } from '../../../domain/transitions/contracts.js';
import { summarizeRound } from '../../../domain/transitions/discrepancies.js';
import { linkLists } from '../../../domain/transitions/link.js';
import { explainPattern } from '../../../domain/transitions/model.js';
import type { FallArt } from '../../../domain/transitions/round-contracts.js';
import type { DbOrTx } from '../../core/db.js';
import { entryKey } from './transitions-access.js';
import { eintraegeOfRunde, entscheidungenOfRunde, faelleOfRunde, insertFaelle, paareOfRunde, replacePaare, setFallStatus, type EintragRow, type NewFall } from './transitions.repository.js';

type Entry = EintragRow & { schuleId: string; art: 'abgang' | 'anmeldung' };

const toRecord = (e: Entry): PupilRecord => ({
  id: e.id,
  nachname: e.nachname,
  vorname: e.vorname,
  geburtsdatum: e.geburtsdatum,
  geschlecht: (e.geschlecht as PupilRecord['geschlecht']) ?? null,
  strasse: e.strasse,
  plz: e.plz,
  ort: e.ort,
  // Registrations are linked one-to-one per receiving school; leavers name where they are expected.
  schule: e.schuleId,
  zielschule: e.art === 'abgang' ? (e.zielschuleId ?? e.zielschule) : null,
});

export interface MatchOutcome {
  paare: number;
  treffer: number;
  pruefungen: number;
  faelleNeu: number;
  faelleEntfallen: number;
}

/**
 * Links all leaver lists of a round with all registration lists, keeps the pairs, applies the
 * reviews people made, and opens, reopens or drops cases so that they say what the lists say now.
 * Resolved cases stay resolved. Runs inside the caller's transaction.
 */
export async function runMatching(tx: DbOrTx, rundeId: string): Promise<MatchOutcome> {
  const entries = (await eintraegeOfRunde(tx, rundeId)) as Entry[];
  const leavers = entries.filter((e) => e.art === 'abgang');
  const registrations = entries.filter((e) => e.art === 'anmeldung');
  const link = linkLists(leavers.map(toRecord), registrations.map(toRecord));

  const decisions = new Map((await entscheidungenOfRunde(tx, rundeId)).map((d) => [`${d.abgangSchluessel}|${d.anmeldungSchluessel}`, d.entscheidung]));
  const decisionOf = (i: number, j: number) => decisions.get(`${entryKey(leavers[i]!)}|${entryKey(registrations[j]!)}`);
  // What people decided overrides the engine: confirmed pairs count as found, rejected ones as none.
  const effective = link.pairs.flatMap((p) => {
    if (p.decision === 'match') return [p];
    const d = decisionOf(p.leaver, p.registration);
    if (d === 'bestaetigt') return [{ ...p, decision: 'match' as const }];
    if (d === 'abgelehnt') return [];
    return [p];
  });
  const summary = summarizeRound(
    leavers.map(toRecord),
    registrations.map(toRecord),
    { ...link, pairs: effective },
  );

  // A pair found again keeps its id, so a review page open elsewhere still points at it.
  const oldIds = new Map((await paareOfRunde(tx, rundeId)).map((p) => [`${p.abgangId}|${p.anmeldungId}`, p.id]));
  await replacePaare(
    tx,
    rundeId,
    link.pairs.map((p) => ({
      id: oldIds.get(`${leavers[p.leaver]!.id}|${registrations[p.registration]!.id}`),
      abgangId: leavers[p.leaver]!.id,
      anmeldungId: registrations[p.registration]!.id,
      wahrscheinlichkeit: p.probability,
      vorschlag: p.decision,
      felder: explainPattern(link.model, p.pattern).map((f) => ({ feld: f.field, label: f.label, stufe: f.level, gewicht: f.weight })),
    })),
  );

  const wanted = new Map<string, Omit<NewFall, 'rundeId'>>();
  const add = (art: FallArt, members: Entry[], zugewiesenAn: string | null) => {
    const keys = members.map(entryKey);
    const schluessel = `${art}|${keys.join('|')}`;
    if (!wanted.has(schluessel)) wanted.set(schluessel, { art, schluessel, eintraege: keys, zugewiesenAn });
  };
  for (const i of summary.unversorgt) add('unversorgt', [leavers[i]!], leavers[i]!.schuleId);
  for (const j of summary.ohneAbgang) add('ohne-abgang', [registrations[j]!], registrations[j]!.schuleId);
  for (const m of summary.mehrfach) add('mehrfach', [leavers[m.leaver]!, ...m.registrations.map((j) => registrations[j]!).sort((a, b) => entryKey(a).localeCompare(entryKey(b)))], null);
  for (const a of summary.andereSchule) add('andere-schule', [leavers[a.leaver]!, registrations[a.registration]!], leavers[a.leaver]!.schuleId);
  // A child registered at two schools is a 'mehrfach' case already; its two registrations are not also a duplicate.
  const inMehrfach = new Set(summary.mehrfach.flatMap((m) => m.registrations.map((j) => registrations[j]!.id)));
  for (const d of summary.doppeltInListe) {
    const list = d.list === 'abgang' ? leavers : registrations;
    const pair = [list[d.first]!, list[d.second]!];
    if (d.list === 'anmeldung' && inMehrfach.has(pair[0]!.id) && inMehrfach.has(pair[1]!.id)) continue;
    add('doppelt-in-liste', pair, pair[0]!.schuleId === pair[1]!.schuleId ? pair[0]!.schuleId : null);
  }

  const existing = await faelleOfRunde(tx, rundeId);
  const bySchluessel = new Map(existing.map((f) => [f.schluessel, f]));
  const fresh = [...wanted.values()].filter((f) => !bySchluessel.has(f.schluessel)).map((f) => ({ ...f, rundeId }));
  const reopen = existing.filter((f) => f.status === 'entfallen' && wanted.has(f.schluessel)).map((f) => f.id);
  const drop = existing.filter((f) => f.status === 'offen' && !wanted.has(f.schluessel)).map((f) => f.id);
  await insertFaelle(tx, fresh);
  await setFallStatus(tx, reopen, 'offen');
  await setFallStatus(tx, drop, 'entfallen');

  return {
    paare: link.pairs.length,
    treffer: effective.filter((p) => p.decision === 'match').length,
    pruefungen: effective.filter((p) => p.decision === 'review').length,
    faelleNeu: fresh.length + reopen.length,
    faelleEntfallen: drop.length,
  };
}
