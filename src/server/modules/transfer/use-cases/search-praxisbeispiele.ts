import type { z } from 'zod';
import type { praxisSuchQuery } from '../../../../domain/transfer/contracts.js';
import { queryTerms } from '../../../../domain/transfer/search.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { networksWithKommunen } from '../../networks/learning-networks.js';
import { presentPraxisKopf } from '../transfer.presenters.js';
import { kommunenByIds, searchPraxis } from '../transfer.repository.js';

/** GET /api/transfer/praxisbeispiele — the library: German full-text search (inflections, parts of compounds) with filters. */
export async function searchPraxisbeispiele(ctx: ActorCtx, query: z.output<typeof praxisSuchQuery>) {
  if (!can(ctx.actor, 'transfer.read', 'anywhere')) throw forbidden();
  let kommuneIds = query.kommuneId ? [query.kommuneId] : undefined;
  if (query.netzwerkId) {
    const [netzwerk] = await networksWithKommunen(ctx.db, [query.netzwerkId]);
    const inNetwork = netzwerk?.kommunen.map((k) => k.id) ?? [];
    kommuneIds = kommuneIds ? kommuneIds.filter((id) => inNetwork.includes(id)) : inNetwork;
  }
  const terms = query.q ? queryTerms(query.q) : undefined;
  const { rows, total } = await searchPraxis(ctx.db, { terms, handlungsfeld: query.handlungsfeld, altersphase: query.altersphase, kommuneIds }, query.page, query.pageSize);
  const kommunen = await kommunenByIds(ctx.db, [...new Set(rows.map((r) => r.kommuneId))]);
  return { items: rows.map((r) => presentPraxisKopf(r, kommunen)), total, page: query.page, pageSize: query.pageSize };
}
