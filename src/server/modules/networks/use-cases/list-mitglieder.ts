import type { ActorCtx } from '../../../core/context.js';
import { listMitglieder as listRows } from '../networks.repository.js';
import { presentMitglied } from '../networks.presenters.js';
import { loadNetzwerk } from '../networks-access.js';

const order = { moderation: 0, mitglied: 1, gast: 2 } as Record<string, number>;

/** Members see who else belongs (moderation first); guests do not. */
export async function listMitglieder(ctx: ActorCtx, input: { netzwerkId: string }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId, 'mitglied');
  const rows = await listRows(ctx.db, netzwerk.id);
  rows.sort((a, b) => (order[a.rolle] ?? 9) - (order[b.rolle] ?? 9) || a.name.localeCompare(b.name, 'de'));
  return { items: rows.map(presentMitglied) };
}
