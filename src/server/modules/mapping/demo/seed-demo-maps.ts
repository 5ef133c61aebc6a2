import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { Db, DbOrTx } from '../../../core/db.js';
import { kommunen, schulen, sozialraeume } from '../../directory/directory.schema.js';
import { akteure, angebote, kooperationen } from '../mapping.schema.js';
import { replaceSites } from '../mapping.repository.js';
import type { DemoMap } from './demo-map.js';
import { dialogDemos } from './dialog-staedte.js';
import { koelnDemo } from './koeln.js';

const DEMO_NOTE = 'Fiktiver Demo-Eintrag.';

/** Writes the demo maps of Köln and the DialOG cities once; a Kommune that has actors is left alone. */
export async function seedDemoMaps(db: Db): Promise<void> {
  for (const map of [koelnDemo, ...dialogDemos]) {
    await db.transaction(async (tx) => seedMap(tx, map));
  }
}

async function seedMap(tx: DbOrTx, map: DemoMap): Promise<void> {
  const [kommune] = await tx.select().from(kommunen).where(eq(kommunen.ags, map.ags));
  if (!kommune) return;
  const [existing] = await tx.select({ id: akteure.id }).from(akteure).where(eq(akteure.kommuneId, kommune.id)).limit(1);
  if (existing) return;

  const schools = await tx.select({ id: schulen.id, nummer: schulen.schulnummer }).from(schulen).where(eq(schulen.kommuneId, kommune.id));
  const site = new Map(schools.map((s) => [s.nummer, s.id]));
  const sitesOf = (nummern: string[] = []) => nummern.map((n) => site.get(n)).filter((id): id is string => Boolean(id));

  for (const raum of map.sozialraeume) {
    const [row] = await tx.insert(sozialraeume).values({ kommuneId: kommune.id, name: raum.name, beschreibung: raum.beschreibung }).returning();
    const ids = sitesOf(raum.schulnummern);
    if (ids.length) await tx.update(schulen).set({ sozialraumId: row!.id }).where(inArray(schulen.id, ids));
  }

  const actorIds = new Map<string, string>();
  for (const a of map.akteure) {
    const [row] = await tx
      .insert(akteure)
      .values({
        kommuneId: kommune.id,
        name: a.name,
        typ: a.typ,
        kreis: a.kreis,
        beschreibung: DEMO_NOTE,
        kontaktFunktion: a.funktion ?? null,
        kontaktEmail: a.email ?? null,
        geteilt: a.geteilt ?? false,
      })
      .returning();
    actorIds.set(a.key, row!.id);
    await replaceSites(tx, 'akteur', row!.id, sitesOf(a.sites));
  }

  for (const o of map.angebote) {
    const [row] = await tx
      .insert(angebote)
      .values({
        kommuneId: kommune.id,
        akteurId: actorIds.get(o.traeger) ?? null,
        titel: o.titel,
        beschreibung: DEMO_NOTE,
        handlungsfeld: o.feld,
        ebene: o.ebene,
        altersphasen: o.phasen,
        zielgruppe: o.zielgruppe ?? null,
        stundenProWoche: o.stunden,
        finanzierung: o.fin,
        beginn: '2024-08-01',
        status: 'laufend',
        geteilt: o.geteilt ?? false,
      })
      .returning();
    await replaceSites(tx, 'angebot', row!.id, sitesOf(o.sites));
  }

  for (const k of map.kooperationen) {
    await tx.insert(kooperationen).values({
      kommuneId: kommune.id,
      akteurAId: actorIds.get(k.a)!,
      akteurBId: actorIds.get(k.b)!,
      typ: k.typ,
      schuleId: k.site ? (site.get(k.site) ?? null) : null,
      beschreibung: DEMO_NOTE,
      seit: '2023-02-01',
    });
  }

  if (map.grundausstattung) await seedBaseline(tx, kommune.id, map, site);
  await writeAudit(tx, { actorId: null, action: 'demo.mapping_seeded', entityType: 'kommune', entityId: kommune.id, scopeId: kommune.id, after: { akteure: map.akteure.length, angebote: map.angebote.length } });
}

/**
 * Further schools get a plain OGS and some school social work. Hours follow the index only loosely,
 * on purpose: the overview should show high-index schools that get little.
 */
async function seedBaseline(tx: DbOrTx, kommuneId: string, map: DemoMap, modelSites: Map<string, string>): Promise<void> {
  const { schulform, count } = map.grundausstattung!;
  const modelIds = [...modelSites.entries()].filter(([n]) => map.angebote.some((o) => o.sites.includes(n))).map(([, id]) => id);
  const others = await tx
    .select({ id: schulen.id, nummer: schulen.schulnummer, index: schulen.sozialindex, schueler: schulen.schueler })
    .from(schulen)
    .where(and(eq(schulen.kommuneId, kommuneId), eq(schulen.schulform, schulform), modelIds.length ? notInArray(schulen.id, modelIds) : undefined))
    .orderBy(asc(schulen.schulnummer))
    .limit(count);
  const [ogsTraeger] = await tx
    .insert(akteure)
    .values({ kommuneId, name: 'Ganztagsverbund Rheinufer gGmbH (fiktiv)', typ: 'offener-ganztag', kreis: 'extern', beschreibung: DEMO_NOTE })
    .returning();
  const [ssaTraeger] = await tx
    .insert(akteure)
    .values({ kommuneId, name: 'Schulsozialarbeit Stadtweit e. V. (fiktiv)', typ: 'schulsozialarbeit', kreis: 'extern', beschreibung: DEMO_NOTE })
    .returning();
  for (const [i, s] of others.entries()) {
    const pupils = s.schueler ?? 200;
    // A deterministic spread: roughly proportional to pupils, with every fifth school under-supplied.
    const ogs = Math.round((pupils / 10) * (i % 5 === 0 ? 0.4 : 1) * 4) / 4;
    const [o] = await tx
      .insert(angebote)
      .values({ kommuneId, akteurId: ogsTraeger!.id, titel: 'Offene Ganztagsschule', beschreibung: DEMO_NOTE, handlungsfeld: 'betreuung', ebene: 'institutionell', altersphasen: ['6-9'], stundenProWoche: ogs, finanzierung: 'land', status: 'laufend', beginn: '2024-08-01' })
      .returning();
    await replaceSites(tx, 'angebot', o!.id, [s.id]);
    if ((s.index ?? 0) >= 5 && i % 3 !== 0) {
      const [ssa] = await tx
        .insert(angebote)
        .values({ kommuneId, akteurId: ssaTraeger!.id, titel: 'Schulsozialarbeit', beschreibung: DEMO_NOTE, handlungsfeld: 'beratung', ebene: 'individuell', altersphasen: ['6-9'], stundenProWoche: 19.5, finanzierung: 'kommunal', status: 'laufend', beginn: '2024-08-01' })
        .returning();
      await replaceSites(tx, 'angebot', ssa!.id, [s.id]);
    }
  }
}
