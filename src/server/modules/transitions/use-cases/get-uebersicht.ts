import type { Uebersicht } from '../../../../domain/transitions/round-contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadRoundState, statisticsOf } from '../round-state.js';
import { loadRunde } from '../transitions-access.js';

/** GET /api/uebergaenge/runden/:id/uebersicht — counts per school and kind of case, without names (steering group too). */
export async function getUebersicht(ctx: ActorCtx, rundeId: string): Promise<Uebersicht> {
  if (!can(ctx.actor, 'transitions.statistics', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, rundeId);
  if (!access.statistik) throw forbidden();
  const stats = access.runde.statistik ?? statisticsOf(await loadRoundState(ctx.db, rundeId), access.schulen);
  const names = new Map(access.schulen.map((s) => [s.id, s.name]));
  return {
    zahlen: stats.zahlen,
    schulen: stats.schulen.map((s) => ({
      schule: { id: s.schuleId, name: names.get(s.schuleId) ?? 'unbekannte Schule' },
      seite: s.seite,
      eintraege: s.eintraege,
      zugeordnet: s.zugeordnet,
      faelle: Object.fromEntries(Object.entries(s.faelle).map(([k, v]) => [k, v ?? { offen: 0, erledigt: 0 }])),
    })),
  };
}
