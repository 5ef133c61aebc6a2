import type { AngebotInput } from '../../../../domain/mapping/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { replaceSites } from '../mapping.repository.js';
import { auditAngebot, presentAngebote } from '../mapping.presenters.js';
import { angebote } from '../mapping.schema.js';
import { assertMayWrite, assertSitesInKommune, loadKommune } from '../mapping-access.js';
import { assertAkteurInKommune } from './validate-traeger.js';

export const angebotValues = (input: AngebotInput) => ({
  titel: input.titel,
  beschreibung: input.beschreibung,
  akteurId: input.akteurId,
  handlungsfeld: input.handlungsfeld,
  ebene: input.ebene,
  altersphasen: [...new Set(input.altersphasen)],
  zielgruppe: input.zielgruppe,
  stundenProWoche: input.stundenProWoche,
  finanzierung: input.finanzierung,
  beginn: input.beginn,
  ende: input.ende,
  status: input.status,
  geteilt: input.geteilt,
});

export async function createAngebot(ctx: ActorCtx, input: AngebotInput & { kommuneId: string }) {
  const kommune = await loadKommune(ctx, input.kommuneId);
  await assertMayWrite(ctx, kommune, input.standortIds);
  await assertSitesInKommune(ctx, kommune, input.standortIds, 'standortIds');
  await assertAkteurInKommune(ctx.db, kommune, input.akteurId, 'akteurId');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(angebote).values({ kommuneId: kommune.id, ...angebotValues(input) }).returning();
    await replaceSites(tx, 'angebot', row!.id, input.standortIds);
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'angebot.created', entityType: 'angebot', entityId: row!.id, scopeId: kommune.id, requestId: ctx.requestId, after: { ...auditAngebot(row!), standortIds: input.standortIds } });
    return (await presentAngebote(tx, [row!]))[0]!;
  });
}
