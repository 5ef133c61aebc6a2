import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadSzenario } from '../allocation-access.js';
import { findVersion, listVersionen as listRows, type VersionRow } from '../allocation.repository.js';

/** GET /api/verteilung/szenarien/:id/versionen — every saved version, newest first, without results. */
export async function listVersionen(ctx: ActorCtx, input: { szenarioId: string }) {
  if (!can(ctx.actor, 'allocation.read', 'anywhere')) throw forbidden();
  const { szenario } = await loadSzenario(ctx, input.szenarioId);
  const rows = await listRows(ctx.db, szenario.id);
  return {
    items: rows.map((r) => ({
      nummer: r.nummer,
      erstelltAm: r.erstelltAm.toISOString(),
      erstelltVon: r.erstelltVon && r.erstelltVonName ? { id: r.erstelltVon, name: r.erstelltVonName } : null,
      name: r.name,
      modell: r.modell,
      summe: r.summe,
      einheiten: r.einheiten,
      schulen: r.schulen,
      seed: r.seed,
    })),
  };
}

/** The saved version `nummer` (or the current one) of a scenario the caller may read. */
export async function versionOf(ctx: ActorCtx, szenarioId: string, nummer?: number) {
  const loaded = await loadSzenario(ctx, szenarioId);
  const version: VersionRow | undefined = await findVersion(ctx.db, loaded.szenario.id, nummer ?? loaded.szenario.aktuelleVersion);
  if (!version) throw notFound('Die Version');
  return { ...loaded, version };
}
