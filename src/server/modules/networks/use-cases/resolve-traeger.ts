import type { NetzwerkInput } from '../../../../domain/networks/contracts.js';
import { landCodeByAgs, landNames } from '../../../../domain/networks/vocabulary.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden, invalid } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { kommunenWithPaths, landScopesByCode, landScopesOn, type KommuneScope, type LandScope } from '../networks.repository.js';

export interface Traeger {
  /** The single Kommune, or the Land common to several Kommunen (or of a Land network). */
  scopeId: string;
  kommunen: KommuneScope[];
}

/** The state code a Land scope stands for, when its code is a Länderschlüssel of the AGS. */
const landOf = (scope: LandScope | undefined) => (scope?.code ? (landCodeByAgs[scope.code] ?? null) : null);

/**
 * Checks the Kommunen of a network against its level and Land and finds its responsible scope.
 * `mustFound` lists the scopes (by id) at which the caller needs 'networks.create': all of them
 * when founding, only newly involved ones when a network changes.
 */
export async function resolveTraeger(
  ctx: ActorCtx,
  input: Pick<NetzwerkInput, 'ebene' | 'land' | 'kommuneIds'>,
  mustFound: (scopeId: string) => boolean = () => true,
): Promise<Traeger> {
  const ids = [...new Set(input.kommuneIds)];
  const land = landNames[input.land] ?? input.land;
  if (!ids.length) {
    if (input.ebene !== 'land') throw invalid('kommuneIds', 'Bitte mindestens eine beteiligte Kommune wählen; nur ein Netzwerk der Ebene Land kommt ohne Kommune aus.');
    const codes = Object.entries(landCodeByAgs).flatMap(([ags, code]) => (code === input.land ? [ags] : []));
    const [landScope] = await landScopesByCode(ctx.db, codes);
    if (!landScope) throw invalid('land', `${land} ist in Strang nicht als Land angelegt; bitte mindestens eine beteiligte Kommune wählen.`);
    if (mustFound(landScope.id) && !can(ctx.actor, 'networks.create', { scopePath: landScope.path })) throw forbidden();
    return { scopeId: landScope.id, kommunen: [] };
  }
  const rows = await kommunenWithPaths(ctx.db, ids);
  const missing = ids.length - rows.length;
  if (missing) throw invalid('kommuneIds', missing === 1 ? 'Eine der gewählten Kommunen gibt es nicht.' : `${missing} der gewählten Kommunen gibt es nicht.`);
  for (const k of rows) if (mustFound(k.id) && !can(ctx.actor, 'networks.create', { scopePath: k.path })) throw forbidden();
  const lands = await landScopesOn(
    ctx.db,
    rows.map((k) => k.path),
  );
  for (const k of rows) {
    const code = landOf(lands.get(k.path));
    if (code && code !== input.land) throw invalid('kommuneIds', `${k.name} liegt nicht in ${land}, sondern in ${landNames[code] ?? code}.`);
  }
  rows.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  if (rows.length === 1) return { scopeId: rows[0]!.id, kommunen: rows };
  const common = new Set(rows.map((k) => lands.get(k.path)?.id ?? `ohne-land:${k.id}`));
  const [landId] = common;
  if (common.size !== 1 || landId!.startsWith('ohne-land:')) throw invalid('kommuneIds', 'Die gewählten Kommunen liegen nicht im selben Land; ein Netzwerk gehört zu genau einem Land.');
  return { scopeId: landId!, kommunen: rows };
}

/** The state code for a Kommune: from the Land above it, else from its AGS; null when neither tells. */
export function landCodeFor(kommune: KommuneScope, landScope: LandScope | undefined): string | null {
  return landOf(landScope) ?? landCodeByAgs[kommune.ags.slice(0, 2)] ?? null;
}
