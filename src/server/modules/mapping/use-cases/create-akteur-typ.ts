import type { z } from 'zod';
import type { akteurTypBody } from '../../../../domain/mapping/contracts.js';
import { standardAkteurTypen } from '../../../../domain/mapping/vocabulary.js';
import { codeOf } from '../../../../domain/shared/vocabularies.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { customTypes, insertCustomType } from '../mapping.repository.js';
import { loadKommune } from '../mapping-access.js';

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Extends the actor-type vocabulary of one Kommune. */
export async function createAkteurTyp(ctx: ActorCtx, input: z.infer<typeof akteurTypBody> & { kommuneId: string }) {
  const kommune = await loadKommune(ctx, input.kommuneId);
  if (!can(ctx.actor, 'mapping.manage', { scopePath: kommune.path })) throw forbidden();
  const custom = await customTypes(ctx.db, kommune.id);
  const taken = codeOf(standardAkteurTypen, input.label) ?? codeOf(Object.fromEntries(custom.map((t) => [t.code, t.label])), input.label);
  const code = `eigen-${slug(input.label)}`;
  if (taken || custom.some((t) => t.code === code) || code === 'eigen-') {
    throw new AppError(409, 'typ_exists', `Die Art „${input.label}“ gibt es bereits.`, [{ field: 'label', message: 'Diese Art gibt es bereits.' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertCustomType(tx, { kommuneId: kommune.id, code, label: input.label });
    if (!row) throw new AppError(409, 'typ_exists', `Die Art „${input.label}“ gibt es bereits.`, [{ field: 'label', message: 'Diese Art gibt es bereits.' }]);
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'akteur_typ.created', entityType: 'akteur_typ', entityId: row.id, scopeId: kommune.id, requestId: ctx.requestId, after: { code } });
    return { code: row.code, label: row.label, eigen: true };
  });
}
