import type { z } from 'zod';
import type { kontextFrageUpdateBody } from '../../../../domain/transfer/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { presentFrage } from '../transfer.presenters.js';
import { findFrage, updateFrage } from '../transfer.repository.js';

/** PUT /api/transfer/kontextfragen/:id — reword, move or retire a question (answers given stay). */
export async function updateKontextfrage(ctx: ActorCtx, id: string, input: z.output<typeof kontextFrageUpdateBody>) {
  if (!can(ctx.actor, 'transfer.catalogue', 'anywhere')) throw forbidden();
  const before = await findFrage(ctx.db, id);
  if (!before) throw notFound('Die Kontextfrage');
  return ctx.db.transaction(async (tx) => {
    const row = await updateFrage(tx, id, input.version, { dimension: input.dimension, frage: input.frage, hinweis: input.hinweis, aktiv: input.aktiv });
    if (!row) throw conflict();
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'kontextfrage.updated', entityType: 'kontextfrage', entityId: id, requestId: ctx.requestId, before: { dimension: before.dimension, aktiv: before.aktiv }, after: { dimension: row.dimension, aktiv: row.aktiv } });
    return presentFrage(row);
  });
}
