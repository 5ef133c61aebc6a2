import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findSchule } from '../directory.repository.js';
import { presentSchule } from '../directory.presenters.js';

export async function getSchool(ctx: ActorCtx, input: { schuleId: string }) {
  if (!can(ctx.actor, 'directory.read', 'anywhere')) throw forbidden();
  const row = await findSchule(ctx.db, input.schuleId);
  if (!row) throw notFound('Die Schule');
  return { ...presentSchule(row.schule, row.kommune.name, row.sozialraum?.name ?? null), path: row.path };
}
