import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { scopesWhere } from '../../../core/policy.js';
import { kommunenUnder, landScopesOn } from '../networks.repository.js';
import { landCodeFor } from './resolve-traeger.js';

/** The Kommunen a coordinator may involve in a new network, with their Land to preset the form. */
export async function listTraegerKommunen(ctx: ActorCtx, input: { q?: string }) {
  const paths = scopesWhere(ctx.actor, 'networks.create');
  if (!paths.length) throw forbidden();
  const rows = await kommunenUnder(ctx.db, paths, input.q);
  const lands = await landScopesOn(
    ctx.db,
    rows.map((k) => k.path),
  );
  return { items: rows.map((k) => ({ id: k.id, name: k.name, land: landCodeFor(k, lands.get(k.path)) })) };
}
