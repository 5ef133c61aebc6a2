import type { ListenArt, Seite } from '../../../domain/transitions/round-contracts.js';
import type { ActorCtx } from '../../core/context.js';
import { isUniqueViolation } from '../../core/db.js';
import { conflict, forbidden, notFound } from '../../core/errors.js';
import { can } from '../../core/policy.js';
import { findRunde, rundenSchulen, type KommuneRef, type RundeRow, type SchuleInfo } from './transitions.repository.js';

export interface RundeAccess {
  runde: RundeRow;
  kommune: KommuneRef;
  schulen: (SchuleInfo & { seite: Seite })[];
  /** The caller coordinates the round. */
  koordination: boolean;
  /** The caller's own schools in the round, with their side. */
  eigeneSchulen: (SchuleInfo & { seite: Seite })[];
  /** The caller may see the anonymous counts. */
  statistik: boolean;
}

export const artOfSeite: Record<Seite, ListenArt> = { abgebend: 'abgang', aufnehmend: 'anmeldung' };

/**
 * A round as the caller may see it: coordination of its Kommune, leadership of one of its schools,
 * or a reader of the counts. Anyone else gets 404, so foreign rounds do not even show they exist.
 */
export async function loadRunde(ctx: ActorCtx, id: string, need: 'read' | 'coordinate' = 'read'): Promise<RundeAccess> {
  const found = await findRunde(ctx.db, id);
  if (!found) throw notFound('Die Übergangsrunde');
  const schulen = await rundenSchulen(ctx.db, id);
  const koordination = can(ctx.actor, 'transitions.coordinate', { scopePath: found.kommune.path });
  const eigeneSchulen = schulen.filter((s) => can(ctx.actor, 'transitions.school', { scopePath: s.path }));
  const statistik = koordination || can(ctx.actor, 'transitions.statistics', { scopePath: found.kommune.path });
  if (!koordination && !eigeneSchulen.length && !statistik) throw notFound('Die Übergangsrunde');
  if (need === 'coordinate' && !koordination) throw forbidden();
  return { ...found, schulen, koordination, eigeneSchulen, statistik };
}

/** Uploads, matching, reviews and case work end when the round is closed. */
export function assertOpen(runde: RundeRow): void {
  if (runde.status !== 'offen') throw conflict('Die Runde ist abgeschlossen; ihre Listen und Fälle können nicht mehr geändert werden.');
}

/** The stable key of an entry: school, kind of list and the school software's id. */
export const entryKey = (e: { schuleId: string; art: ListenArt; kennung: string }) => `${e.schuleId}:${e.art}:${e.kennung}`;

export function parseEntryKey(key: string): { schuleId: string; art: ListenArt; kennung: string } {
  const [schuleId, art, ...rest] = key.split(':');
  return { schuleId: schuleId!, art: art as ListenArt, kennung: rest.join(':') };
}

/** Two people doing the same at the same moment: the second gets a 409 instead of a server error. */
export async function oneAtATime<T>(work: Promise<T>, message: string): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(message);
    throw err;
  }
}
