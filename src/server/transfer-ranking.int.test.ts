import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kommuneArtLabels } from '../domain/directory/vocabulary.js';
import { bewerteteLuecken, demoLuecken, demoLueckenRelevant, modellKommunen, praxisbeispiele } from '../domain/transfer/content/index.js';
import { measureRanking, type RankingQuality } from '../domain/transfer/quality.js';
import { rankPractices, type KommuneProfile } from '../domain/transfer/rank.js';
import type { Database } from './core/db.js';
import { createTestDatabase } from './testing/test-database.js';

/**
 * The ranking of practices for gaps, measured on the labelled evaluation set (53 gaps written for
 * this purpose, never used to choose weights or thesaurus: those were chosen on the labelled demo gaps) against plain PostgreSQL full-text search: ts_rank
 * with the German configuration over title and description, the gap's words OR-combined, the
 * gap's own Kommune left out.
 */

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create temporary table praxis (id text primary key, kommune text not null, doc tsvector not null)`);
  for (const p of praxisbeispiele) {
    await database.db.execute(sql`insert into praxis values (${p.id}, ${p.kommune}, to_tsvector('german', ${`${p.titel} ${p.beschreibung}`}))`);
  }
});
afterAll(async () => database?.close());

const kommunen = new Map<string, KommuneProfile>(modellKommunen.map((k) => [k.key, { art: k.art, artLabel: kommuneArtLabels[k.art], einwohner: k.einwohner, sozialindexProfil: k.sozialindexProfil }]));

async function tsRankTop(gap: (typeof bewerteteLuecken)[number]): Promise<string[]> {
  const words = [...new Set(gap.text.toLowerCase().match(/\p{L}{2,}/gu) ?? [])];
  const query = words.join(' | ');
  const result = await database.db.execute(
    sql`select id from praxis where kommune <> ${gap.kommune} and doc @@ to_tsquery('german', ${query})
        order by ts_rank(doc, to_tsquery('german', ${query})) desc, id limit 5`,
  );
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

const line = (name: string, q: RankingQuality) =>
  `${name.padEnd(34)} top-1 ${q.recallAt[1]!.toFixed(3)}  top-3 ${q.recallAt[3]!.toFixed(3)}  top-5 ${q.recallAt[5]!.toFixed(3)}  MRR ${q.mrr.toFixed(3)}`;

describe('ranking of practices for gaps (evaluation set)', () => {
  it('reports the development set the weights and the thesaurus were chosen on', () => {
    const gaps = demoLuecken.map((g) => ({ id: g.id, kommune: g.kommune, text: g.beschreibung, handlungsfelder: [g.handlungsfeld], altersphasen: [g.altersphase] }));
    const ranked = rankPractices(gaps, praxisbeispiele, { kommunen, all: true });
    const dev = measureRanking(
      demoLuecken.map((g) => ({ id: g.id, relevant: demoLueckenRelevant[g.id]! })),
      new Map([...ranked].map(([id, list]) => [id, list.map((p) => p.practiceId)])),
    );
    console.log(`Entwicklungsmenge: ${demoLuecken.length} Demo-Lücken\n${line('Strang (Text, Feld, Alter, Kontext)', dev)}`);
    expect(dev.gaps).toBe(40);
  });

  it('ranks better than plain ts_rank and reports both', async () => {
    const gaps = bewerteteLuecken.map((g) => ({ id: g.id, kommune: g.kommune, text: g.text, handlungsfelder: g.handlungsfelder, altersphasen: g.altersphasen }));
    const ranked = rankPractices(gaps, praxisbeispiele, { kommunen, all: true });
    const ours = measureRanking(bewerteteLuecken, new Map([...ranked].map(([id, list]) => [id, list.map((p) => p.practiceId)])));
    const baselineLists = new Map<string, string[]>();
    for (const g of bewerteteLuecken) baselineLists.set(g.id, await tsRankTop(g));
    const baseline = measureRanking(bewerteteLuecken, baselineLists);
    console.log(`${bewerteteLuecken.length} Lücken, ${praxisbeispiele.length} Praxisbeispiele (${database.kind})\n${line('Strang (Text, Feld, Alter, Kontext)', ours)}\n${line('ts_rank (german, ODER)', baseline)}`);
    expect(ours.gaps).toBeGreaterThanOrEqual(40);
    expect(ours.recallAt[3]!).toBeGreaterThanOrEqual(0.9);
    expect(ours.mrr).toBeGreaterThan(baseline.mrr);
    expect(ours.recallAt[3]!).toBeGreaterThan(baseline.recallAt[3]!);
    // Never a practice of the gap's own Kommune.
    for (const g of gaps) for (const p of ranked.get(g.id) ?? []) expect(praxisbeispiele.find((x) => x.id === p.practiceId)!.kommune).not.toBe(g.kommune);
  });
});
