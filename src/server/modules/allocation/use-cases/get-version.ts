import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { userName } from '../allocation.repository.js';
import { versionOf } from './list-versionen.js';

/** GET /api/verteilung/szenarien/:id/versionen/:nummer — one saved version with its result, exactly as computed then. */
export async function getVersion(ctx: ActorCtx, input: { szenarioId: string; nummer: number }) {
  if (!can(ctx.actor, 'allocation.read', 'anywhere')) throw forbidden();
  const { version } = await versionOf(ctx, input.szenarioId, input.nummer);
  const name = await userName(ctx.db, version.erstelltVon);
  return {
    szenarioId: version.szenarioId,
    nummer: version.nummer,
    erstelltAm: version.erstelltAm.toISOString(),
    erstelltVon: version.erstelltVon && name ? { id: version.erstelltVon, name } : null,
    name: version.name,
    modell: version.modell,
    summe: version.summe,
    einheiten: version.einheiten,
    schulen: version.schulen,
    seed: version.seed,
    ergebnis: version.ergebnis,
  };
}
