import type { ActorCtx } from '../../../core/context.js';
import { assertActive, loadNetzwerk } from '../networks-access.js';
import { pruefeReihe } from '../series/check-series.js';

/** Preview of a series before it is saved: dates, holiday flags and proposals. Changes nothing. */
export async function checkReihe(ctx: ActorCtx, input: { netzwerkId: string; regel: string; beginn: string; dauerMinuten: number }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId, 'moderation');
  assertActive(netzwerk);
  return pruefeReihe(netzwerk.land, input);
}
