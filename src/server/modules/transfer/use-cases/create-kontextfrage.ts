import type { z } from 'zod';
import type { kontextFrageBody } from '../../../../domain/transfer/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { presentFrage } from '../transfer.presenters.js';
import { insertFragen, nextFrageCode } from '../transfer.repository.js';

/** Code prefix per dimension, as the catalogue numbers its questions. */
export const codePrefix: Record<string, string> = { institutionell: 'inst', 'kommunal-sozialraeumlich': 'sozr', diskurs: 'disk', individuell: 'indi', projektbezogen: 'proj' };

/** POST /api/transfer/kontextfragen — the state coordination adds a question to the catalogue. */
export async function createKontextfrage(ctx: ActorCtx, input: z.output<typeof kontextFrageBody>) {
  if (!can(ctx.actor, 'transfer.catalogue', 'anywhere')) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const code = await nextFrageCode(tx, codePrefix[input.dimension]!);
    const [row] = await insertFragen(tx, [{ code, dimension: input.dimension, frage: input.frage, hinweis: input.hinweis, erstelltVon: ctx.actor.id }]);
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'kontextfrage.created', entityType: 'kontextfrage', entityId: row!.id, requestId: ctx.requestId, after: { code, dimension: input.dimension } });
    return presentFrage(row!);
  });
}
