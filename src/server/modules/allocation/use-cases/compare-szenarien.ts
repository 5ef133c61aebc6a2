import type { ActorCtx } from '../../../core/context.js';
import { forbidden, invalid, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadSzenario } from '../allocation-access.js';
import { findVersionKopf, vergleichSchulen } from '../allocation.repository.js';
import { buildVergleich } from '../vergleich.js';

/**
 * GET /api/verteilung/vergleich?ids=a,b[,c] — two to five scenarios (each optionally at a version,
 * "id:3") side by side. Every scenario must be readable (else 404); Stellen and Euro do not mix.
 */
export async function compareSzenarien(ctx: ActorCtx, input: { ids: { id: string; version: number | null }[] }) {
  if (!can(ctx.actor, 'allocation.read', 'anywhere')) throw forbidden();
  const keys = input.ids.map((i) => `${i.id}:${i.version ?? ''}`);
  if (new Set(keys).size !== keys.length) throw invalid('ids', 'Jedes Szenario (und jede Version) darf nur einmal im Vergleich stehen.');
  const loaded = [];
  for (const ref of input.ids) {
    const { szenario, scope } = await loadSzenario(ctx, ref.id);
    const version = await findVersionKopf(ctx.db, szenario.id, ref.version ?? szenario.aktuelleVersion);
    if (!version) throw notFound('Die Version');
    loaded.push({ szenario, scope, version });
  }
  const items = [];
  for (const { szenario, scope, version } of loaded) {
    items.push({
      szenario: { id: szenario.id, name: version.name, versionNummer: version.nummer, scopeName: scope.name },
      ergebnis: { summe: version.summe, einheit: version.modell.einheit, verfahren: version.modell.verfahren, schulen: await vergleichSchulen(ctx.db, version.id) },
    });
  }
  const result = buildVergleich(items);
  if ('mixed' in result) throw invalid('ids', 'Szenarien in Stellen und in Euro lassen sich nicht vergleichen.');
  return result;
}
