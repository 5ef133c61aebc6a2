import type { AkteurInput } from '../../../../domain/mapping/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { replaceSites } from '../mapping.repository.js';
import { auditAkteur, presentAkteure } from '../mapping.presenters.js';
import { akteure } from '../mapping.schema.js';
import { assertMayWrite, assertSitesInKommune, loadKommune } from '../mapping-access.js';
import { resolveAkteurTyp } from './list-akteur-typen.js';

/** The stored columns of an actor, as create and update write them. */
export const akteurValues = (input: AkteurInput, typ: string) => ({
  name: input.name,
  typ,
  kreis: input.kreis,
  beschreibung: input.beschreibung,
  kontaktFunktion: input.kontaktFunktion,
  kontaktEmail: input.kontaktEmail,
  kontaktTelefon: input.kontaktTelefon,
  geteilt: input.geteilt,
});

export async function createAkteur(ctx: ActorCtx, input: AkteurInput & { kommuneId: string }) {
  const kommune = await loadKommune(ctx, input.kommuneId);
  await assertMayWrite(ctx, kommune, input.standortIds);
  await assertSitesInKommune(ctx, kommune, input.standortIds, 'standortIds');
  const typ = await resolveAkteurTyp(ctx.db, kommune.id, input.typ);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(akteure)
      .values({ kommuneId: kommune.id, ...akteurValues(input, typ) })
      .returning();
    await replaceSites(tx, 'akteur', row!.id, input.standortIds);
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'akteur.created', entityType: 'akteur', entityId: row!.id, scopeId: kommune.id, requestId: ctx.requestId, after: { ...auditAkteur(row!), standortIds: input.standortIds } });
    return (await presentAkteure(tx, [row!]))[0]!;
  });
}
