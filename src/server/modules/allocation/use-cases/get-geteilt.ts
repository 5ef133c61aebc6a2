import { schoolDataAttribution } from '../../../../domain/directory/vocabulary.js';
import type { Ctx } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { isToken, sha256 } from '../../../core/secrets.js';
import { presentSzenario } from '../allocation.presenters.js';
import { findLiveFreigabeByHash, findVersion, touchFreigabe } from '../allocation.repository.js';
import { schulErklaerung } from '../schul-erklaerung.js';

/**
 * The scenario behind a share link, without a session: the token is the key. Unknown, malformed and
 * revoked tokens all answer the same 404.
 */
async function shared(ctx: Ctx, token: string, now: Date) {
  const gone = () => notFound('Die Freigabe');
  if (!isToken(token)) throw gone();
  const found = await findLiveFreigabeByHash(ctx.db, sha256(token));
  const version = found && (await findVersion(ctx.db, found.szenario.id, found.szenario.aktuelleVersion));
  if (!found || !version) throw gone();
  await touchFreigabe(ctx.db, found.freigabe.id, now);
  return { szenario: found.szenario, scope: found.scope, version };
}

/** GET /api/verteilung/geteilt/:token — the current version of the shared scenario, read-only. */
export async function getGeteilt(ctx: Ctx, input: { token: string }, now = new Date()) {
  const { szenario, scope, version } = await shared(ctx, input.token, now);
  const { darfBearbeiten: _d, version: _v, ...rest } = presentSzenario(szenario, scope, version, false);
  return { szenario: rest, attribution: schoolDataAttribution };
}

/** GET /api/verteilung/geteilt/:token/schulen/:schuleId — one school's explanation in the shared scenario. */
export async function explainGeteilt(ctx: Ctx, input: { token: string; schuleId: string }, now = new Date()) {
  const { szenario, scope, version } = await shared(ctx, input.token, now);
  return schulErklaerung(szenario, scope, version, input.schuleId);
}
