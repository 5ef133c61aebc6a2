import { and, eq } from 'drizzle-orm';
import { generateRound } from '../../../../domain/transitions/generator.js';
import type { PupilRecord } from '../../../../domain/transitions/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { DemoSeedContext } from '../../../core/module.js';
import { findScopeByCode } from '../../identity/identity.repository.js';
import { runMatching } from '../run-matching.js';
import { uebergangRunden } from '../transitions.schema.js';
import { insertRunde, insertRundenSchulen, replaceListe, updateRunde } from '../transitions.repository.js';

export const DEMO_RUNDE = 'Übergang 4 → 5 Köln-Chorweiler';

/** Four Grundschulen of Köln-Chorweiler (the demo school leadership's first) and three secondary schools nearby, from the NRW list. */
const abgebend = ['111910', '112318', '114108', '185413'];
const aufnehmend = ['184287', '160064', '100040'];

const DAY_MS = 86_400_000;

/**
 * A transition round of Köln with fictitious children (seeded generator, typical errors), already
 * matched: certain pairs, pairs to review and cases to work on. The demo school leaderships see
 * their own lists, the coordination the cases.
 */
export async function seedDemoTransitions(ctx: DemoSeedContext): Promise<void> {
  const koeln = ctx.scopes.koeln!;
  const [exists] = await ctx.db
    .select({ id: uebergangRunden.id })
    .from(uebergangRunden)
    .where(and(eq(uebergangRunden.kommuneId, koeln), eq(uebergangRunden.bezeichnung, DEMO_RUNDE)));
  if (exists) return;
  const feeders = await schoolIds(ctx, abgebend);
  const receivers = await schoolIds(ctx, aufnehmend);
  const round = generateRound({ pupils: 330, seed: 2027, rates: { typo: 0.12, swapped: 0.04, dateSlip: 0.08 } });
  // The generator names its own schools; each is mapped onto a real school of the round.
  const feederOf = mapper(feeders);
  const receiverOf = mapper(receivers);
  const frist = new Date(Date.now() + 60 * DAY_MS).toISOString().slice(0, 10);

  await ctx.db.transaction(async (tx) => {
    const runde = await insertRunde(tx, { kommuneId: koeln, bezeichnung: DEMO_RUNDE, schuljahr: '2027/28', frist, aufbewahrungTage: 90, erstelltVon: ctx.users.koordination ?? null });
    await insertRundenSchulen(tx, [...feeders.map((schuleId) => ({ rundeId: runde.id, schuleId, seite: 'abgebend' as const })), ...receivers.map((schuleId) => ({ rundeId: runde.id, schuleId, seite: 'aufnehmend' as const }))]);
    const lists = new Map<string, { art: 'abgang' | 'anmeldung'; records: PupilRecord[] }>();
    const add = (schuleId: string, art: 'abgang' | 'anmeldung', r: PupilRecord) => {
      const key = `${schuleId}:${art}`;
      if (!lists.has(key)) lists.set(key, { art, records: [] });
      lists.get(key)!.records.push(r);
    };
    round.leavers.forEach((r) => add(feederOf(r.schule ?? ''), 'abgang', r));
    round.registrations.forEach((r) => add(receiverOf(r.schule ?? ''), 'anmeldung', r));
    for (const c of uncertainChildren(feeders, receivers)) add(c.schuleId, c.art, c.record);
    for (const [key, { art, records }] of lists) {
      const schuleId = key.split(':')[0]!;
      await replaceListe(tx, {
        rundeId: runde.id,
        schuleId,
        art,
        hochgeladenVon: ctx.users.schulleitung!,
        eintraege: records.map((r, position) => {
          const ziel = art === 'abgang' && r.zielschule ? receiverOf(r.zielschule) : null;
          const zielNummer = ziel ? aufnehmend[receivers.indexOf(ziel)]! : null;
          return {
            position,
            kennung: `${art === 'abgang' ? 'A' : 'M'}${String(position + 1).padStart(4, '0')}`,
            nachname: r.nachname,
            vorname: r.vorname,
            geburtsdatum: r.geburtsdatum,
            geschlecht: r.geschlecht ?? null,
            klasse: art === 'abgang' ? `4${'abc'[position % 3]}` : null,
            strasse: r.strasse ?? null,
            plz: r.plz ?? null,
            ort: r.ort ?? null,
            zielschule: zielNummer,
            zielschuleId: ziel,
          };
        }),
      });
    }
    const outcome = await runMatching(tx, runde.id);
    await updateRunde(tx, runde.id, null, { abgleichAm: new Date() });
    await writeAudit(tx, { actorId: null, action: 'demo.uebergang_runde_created', entityType: 'uebergang_runde', entityId: runde.id, scopeId: koeln, after: { ...outcome } });
  });
}

/**
 * Children the engine cannot decide alone, so the demo has pairs to review: twins on one leaver
 * list, one of them registered with a short first name that fits both and without address.
 */
function uncertainChildren(feeders: string[], receivers: string[]): { schuleId: string; art: 'abgang' | 'anmeldung'; record: PupilRecord }[] {
  const home = { strasse: 'Ernstbergstraße 12', plz: '50765', ort: 'Köln' };
  const none = { strasse: null, plz: null, ort: null, geschlecht: null };
  return [
    { schuleId: feeders[0]!, art: 'abgang', record: { id: '', nachname: 'Schmitz', vorname: 'Leonie', geburtsdatum: '2016-03-04', geschlecht: 'w', ...home, schule: null, zielschule: receivers[0]! } },
    { schuleId: feeders[0]!, art: 'abgang', record: { id: '', nachname: 'Schmitz', vorname: 'Leona', geburtsdatum: '2016-03-04', geschlecht: 'w', ...home, schule: null, zielschule: receivers[0]! } },
    { schuleId: receivers[0]!, art: 'anmeldung', record: { id: '', nachname: 'Schmitz', vorname: 'Lea', geburtsdatum: '2016-03-04', ...none, schule: null, zielschule: null } },
    { schuleId: feeders[1]!, art: 'abgang', record: { id: '', nachname: 'Yılmaz', vorname: 'Elif', geburtsdatum: '2015-11-21', geschlecht: 'w', strasse: 'Merianstraße 7', plz: '50765', ort: 'Köln', schule: null, zielschule: receivers[1]! } },
    { schuleId: feeders[1]!, art: 'abgang', record: { id: '', nachname: 'Yılmaz', vorname: 'Eylül', geburtsdatum: '2015-11-21', geschlecht: 'w', strasse: 'Merianstraße 7', plz: '50765', ort: 'Köln', schule: null, zielschule: receivers[1]! } },
    { schuleId: receivers[1]!, art: 'anmeldung', record: { id: '', nachname: 'Yilmaz', vorname: 'E.', geburtsdatum: '2015-11-21', ...none, schule: null, zielschule: null } },
  ];
}

async function schoolIds(ctx: DemoSeedContext, schulnummern: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const nr of schulnummern) {
    const scope = await findScopeByCode(ctx.db, 'schule', nr);
    if (!scope) throw new Error(`Demo-Schule ${nr} fehlt in den Schuldaten.`);
    ids.push(scope.id);
  }
  return ids;
}

/** The same name always goes to the same school, names spread evenly in order of appearance. */
function mapper(ids: string[]): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    if (ids.includes(name)) return name;
    if (!seen.has(name)) seen.set(name, ids[seen.size % ids.length]!);
    return seen.get(name)!;
  };
}
