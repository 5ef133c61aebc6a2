import { eq, inArray } from 'drizzle-orm';
import { demoLuecken, modellKommunen, praxisbeispiele } from '../../../../domain/transfer/content/index.js';
import { writeAudit } from '../../../core/audit.js';
import type { DemoSeedContext } from '../../../core/module.js';
import { kommunen } from '../../directory/directory.schema.js';
import { findScopeByCode, insertScope, type ScopeRow } from '../../identity/identity.repository.js';
import { netzwerke, netzwerkKommunen } from '../../networks/networks.schema.js';
import { praxisValues } from '../praxis-values.js';
import { fragenByCodes, insertLuecke, insertPraxis, replaceKontext } from '../transfer.repository.js';

export const DEMO_LERNNETZWERK = 'Lernnetzwerk „Kein Kind zurücklassen!“';

/**
 * The learning network of the 18 model municipalities of NRW (and Köln, so the demo coordination
 * takes part), with 60 practices and 40 gaps: all content fictitious (content/). Kommunen come from
 * the NRW school list by AGS; the three Kreise are added as Kommunen of type Kreis.
 */
export async function seedDemoTransfer(ctx: DemoSeedContext): Promise<void> {
  const [exists] = await ctx.db.select({ id: netzwerke.id }).from(netzwerke).where(eq(netzwerke.name, DEMO_LERNNETZWERK));
  if (exists) return;
  const nrw = await findScopeByCode(ctx.db, 'land', '05');
  if (!nrw) throw new Error('Demo-Land NRW fehlt.');
  await ctx.db.transaction(async (tx) => {
    const byKey = new Map<string, string>();
    const found = await tx.select({ id: kommunen.id, ags: kommunen.ags }).from(kommunen).where(inArray(kommunen.ags, modellKommunen.flatMap((k) => (k.ags ? [k.ags] : []))));
    for (const k of modellKommunen) {
      let id = found.find((f) => f.ags === k.ags)?.id;
      if (!id) {
        const scope: ScopeRow = await insertScope(tx, { type: 'kommune', name: k.name, code: k.ags ?? `demo-${k.key}`, parent: nrw });
        await tx.insert(kommunen).values({ id: scope.id, ags: k.ags ?? `demo-${k.key}`, name: k.name, art: k.art });
        id = scope.id;
      }
      byKey.set(k.key, id);
    }
    const [netz] = await tx
      .insert(netzwerke)
      .values({
        name: DEMO_LERNNETZWERK,
        beschreibung: 'Interkommunales Lernnetzwerk: die Kommunen tragen ihre Lücken in das Raster ein und finden Kommunen, die das Problem schon gelöst haben.',
        ebene: 'interkommunal',
        schwerpunkt: 'praxis',
        land: 'NW',
        traegerScopeId: nrw.id,
      })
      .returning({ id: netzwerke.id });
    const members = [...new Set([...byKey.values(), ctx.scopes.koeln!])];
    await tx.insert(netzwerkKommunen).values(members.map((kommuneId) => ({ netzwerkId: netz!.id, kommuneId })));

    const fragen = new Map((await fragenByCodes(tx, [...new Set(praxisbeispiele.flatMap((p) => p.kontext.map((k) => k.frage)))])).map((f) => [f.code, f.id]));
    for (const p of praxisbeispiele) {
      const row = await insertPraxis(tx, { kommuneId: byKey.get(p.kommune)!, ...praxisValues(p) });
      await replaceKontext(
        tx,
        row.id,
        p.kontext.flatMap((k) => (fragen.has(k.frage) ? [{ frageId: fragen.get(k.frage)!, antwort: k.antwort }] : [])),
      );
    }
    for (const g of demoLuecken) {
      await insertLuecke(tx, { kommuneId: byKey.get(g.kommune)!, handlungsfeld: g.handlungsfeld, altersphase: g.altersphase, beschreibung: g.beschreibung, prioritaet: g.prioritaet, status: g.status });
    }
    await writeAudit(tx, { actorId: null, action: 'demo.lernnetzwerk_created', entityType: 'netzwerk', entityId: netz!.id, scopeId: nrw.id, after: { kommunen: members.length, praxisbeispiele: praxisbeispiele.length, luecken: demoLuecken.length } });
  });
}
