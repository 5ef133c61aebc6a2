import type { ActorCtx } from '../../../core/context.js';
import { scopesWhere } from '../../../core/policy.js';
import { kommunenUnder, schulenOfKommunen } from '../transitions.repository.js';

/** GET /api/uebergaenge/bereiche — Kommunen where the caller may open a round, with their schools. */
export async function listBereiche(ctx: ActorCtx) {
  const kommunen = await kommunenUnder(ctx.db, scopesWhere(ctx.actor, 'transitions.coordinate'));
  const schulen = await schulenOfKommunen(ctx.db, kommunen.map((k) => k.id));
  return {
    items: kommunen.map((k) => ({
      kommune: { id: k.id, name: k.name },
      schulen: schulen.filter((s) => s.kommuneId === k.id).map((s) => ({ id: s.id, name: s.name, schulnummer: s.schulnummer, schulform: s.schulform })),
    })),
  };
}
