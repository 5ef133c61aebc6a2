import { standardAkteurTypen } from '../../../../domain/mapping/vocabulary.js';
import { codeOf } from '../../../../domain/shared/vocabularies.js';
import type { ActorCtx } from '../../../core/context.js';
import type { DbOrTx } from '../../../core/db.js';
import { invalid } from '../../../core/errors.js';
import { customTypes } from '../mapping.repository.js';
import { loadKommune } from '../mapping-access.js';

export async function listAkteurTypen(ctx: ActorCtx, input: { kommuneId: string }) {
  const kommune = await loadKommune(ctx, input.kommuneId);
  const custom = await customTypes(ctx.db, kommune.id);
  return {
    items: [
      ...Object.entries(standardAkteurTypen).map(([code, label]) => ({ code, label, eigen: false })),
      ...custom.map((t) => ({ code: t.code, label: t.label, eigen: true })),
    ],
  };
}

/** Accepts a built-in or Kommune-specific type by code or label; answers with the code. */
export async function resolveAkteurTyp(db: DbOrTx, kommuneId: string, input: string, field = 'typ'): Promise<string> {
  const standard = codeOf(standardAkteurTypen, input);
  if (standard) return standard;
  const custom = await customTypes(db, kommuneId);
  const own = codeOf(Object.fromEntries(custom.map((t) => [t.code, t.label])), input);
  if (own) return own;
  throw invalid(field, `Die Art „${input}“ ist unbekannt. Wählen Sie eine vorhandene Art oder legen Sie sie zuerst an.`);
}
