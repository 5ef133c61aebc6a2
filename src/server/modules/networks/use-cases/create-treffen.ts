import type { TreffenInput } from '../../../../domain/networks/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { insertTreffen } from '../networks.repository.js';
import { auditTreffen } from '../meetings.presenters.js';
import { assertActive, loadNetzwerk } from '../networks-access.js';
import { localInstant } from '../series/check-series.js';
import { treffenDetail } from './get-treffen.js';

/** A single meeting outside any series. */
export async function createTreffen(ctx: ActorCtx, input: TreffenInput & { netzwerkId: string }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId, 'moderation');
  assertActive(netzwerk);
  const beginn = localInstant(input.beginn, 'beginn');
  return ctx.db.transaction(async (tx) => {
    const [row] = await insertTreffen(tx, [
      {
        netzwerkId: netzwerk.id,
        titel: input.titel,
        beginn,
        ende: new Date(beginn.getTime() + input.dauerMinuten * 60_000),
        ort: input.ort,
        onlineLink: input.onlineLink,
        kapazitaet: input.kapazitaet,
      },
    ]);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'treffen.created',
      entityType: 'treffen',
      entityId: row!.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      after: { id: row!.id, netzwerkId: netzwerk.id, ...auditTreffen(row!) },
    });
    // The same shape as GET /api/treffen/:id, seen by the moderation that created it.
    return treffenDetail(tx, ctx.actor.id, { treffen: row!, netzwerk, rolle: 'moderation' });
  });
}
