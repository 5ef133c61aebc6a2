import type { ActorCtx } from '../../../core/context.js';
import { listReihen as listRows, plannedCounts } from '../networks.repository.js';
import { presentReihe } from '../networks.presenters.js';
import { loadNetzwerk } from '../networks-access.js';

/** The series of a network; `treffenAnzahl` counts the meetings that are not cancelled. */
export async function listReihen(ctx: ActorCtx, input: { netzwerkId: string }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId);
  const rows = await listRows(ctx.db, netzwerk.id);
  const counts = await plannedCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentReihe(r, counts.get(r.id) ?? 0)) };
}
