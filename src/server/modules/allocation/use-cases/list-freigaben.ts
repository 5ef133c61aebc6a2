import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadSzenario } from '../allocation-access.js';
import { listFreigaben as listRows, type FreigabeRow } from '../allocation.repository.js';

/** The page of the web app that shows a shared scenario; the API behind it is /api/verteilung/geteilt/:token. */
export const shareAddress = (baseUrl: string, token: string) => `${baseUrl}/verteilung/geteilt/${token}`;

export const presentFreigabe = (row: FreigabeRow, erstelltVonName: string | null) => ({
  id: row.id,
  bezeichnung: row.bezeichnung,
  erstelltAm: row.erstelltAm.toISOString(),
  erstelltVon: row.erstelltVon && erstelltVonName ? { id: row.erstelltVon, name: erstelltVonName } : null,
  zuletztGenutztAm: row.zuletztGenutztAm?.toISOString() ?? null,
});

/** GET /api/verteilung/szenarien/:id/freigaben — live links (without their address), for those who may revoke them. */
export async function listFreigaben(ctx: ActorCtx, input: { szenarioId: string }) {
  if (!can(ctx.actor, 'allocation.manage', 'anywhere')) throw forbidden();
  const { szenario } = await loadSzenario(ctx, input.szenarioId, 'manage');
  const rows = await listRows(ctx.db, szenario.id);
  return { items: rows.map((r) => presentFreigabe(r.freigabe, r.erstelltVonName)) };
}
