import type { ReiheInput } from '../../../../domain/networks/contracts.js';
import { localToInstant, seriesTemplates, TIME_ZONE } from '../../../../domain/networks/recurrence.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { invalid } from '../../../core/errors.js';
import { closureName } from '../holiday-calendar.js';
import { insertReihe, insertTreffen, type NewTreffenRow } from '../networks.repository.js';
import { presentReihe } from '../networks.presenters.js';
import { assertActive, loadNetzwerk } from '../networks-access.js';
import { expandReihe, terminOf } from '../series/check-series.js';

const deDateTime = (local: string) => `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)}, ${local.slice(11)} Uhr`;

/**
 * Saves a series and one meeting per date the rule gives. `abweichungen` places single dates
 * differently right away: a new local start (the meeting is marked as moved) or null. A date left
 * out is stored as a cancelled meeting rather than not at all, so it keeps its place in the series
 * (calendar clients receive it as cancelled, and moderation can restore it later).
 */
export async function createReihe(ctx: ActorCtx, input: ReiheInput & { netzwerkId: string }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId, 'moderation');
  assertActive(netzwerk);
  if (input.vorlage !== null && !(input.vorlage in seriesTemplates)) throw invalid('vorlage', `Die Vorlage „${input.vorlage}“ gibt es nicht.`);
  const { regel, occurrences } = expandReihe(input);
  const termine = new Set(occurrences.map(terminOf));
  for (const key of Object.keys(input.abweichungen)) {
    if (!termine.has(key)) throw invalid('abweichungen', `Am ${deDateTime(key)} liegt kein Termin dieser Reihe; Abweichungen gelten nur für Termine, die die Regel ergibt.`);
  }
  const dauerMs = input.dauerMinuten * 60_000;
  const rows: Omit<NewTreffenRow, 'reiheId'>[] = occurrences.map((o) => {
    const termin = terminOf(o);
    const abweichung = input.abweichungen[termin];
    const base = { netzwerkId: netzwerk.id, reiheTermin: termin, titel: input.titel, ort: input.ort, onlineLink: input.onlineLink, kapazitaet: input.kapazitaet };
    if (abweichung === null) {
      return { ...base, beginn: new Date(o.startsAt), ende: new Date(o.endsAt), status: 'abgesagt', absageGrund: closureName(netzwerk.land, o.day) };
    }
    if (abweichung !== undefined && abweichung !== termin) {
      let beginn: Date;
      try {
        beginn = localToInstant(abweichung, TIME_ZONE);
      } catch {
        throw invalid('abweichungen', `„${abweichung}“ (für den Termin am ${deDateTime(termin)}) ist kein gültiger Zeitpunkt.`);
      }
      return { ...base, beginn, ende: new Date(beginn.getTime() + dauerMs), verschoben: true };
    }
    return { ...base, beginn: new Date(o.startsAt), ende: new Date(o.endsAt) };
  });
  return ctx.db.transaction(async (tx) => {
    const reihe = await insertReihe(tx, {
      netzwerkId: netzwerk.id,
      titel: input.titel,
      vorlage: input.vorlage,
      regel,
      beginn: input.beginn,
      dauerMinuten: input.dauerMinuten,
      zeitzone: TIME_ZONE,
      ort: input.ort,
      onlineLink: input.onlineLink,
      kapazitaet: input.kapazitaet,
    });
    const saved = await insertTreffen(
      tx,
      rows.map((r) => ({ ...r, reiheId: reihe.id })),
    );
    const geplant = saved.filter((t) => t.status === 'geplant').length;
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'sitzungsreihe.created',
      entityType: 'sitzungsreihe',
      entityId: reihe.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      after: {
        id: reihe.id,
        netzwerkId: netzwerk.id,
        vorlage: reihe.vorlage,
        regel: reihe.regel,
        beginn: reihe.beginn,
        dauerMinuten: reihe.dauerMinuten,
        treffen: saved.length,
        abgesagt: saved.length - geplant,
        verschoben: saved.filter((t) => t.verschoben).length,
      },
    });
    return presentReihe(reihe, geplant);
  });
}
