import type { ListeBericht, ListenArt } from '../../../../domain/transitions/round-contracts.js';
import { MAX_LISTE_BYTES, listenArtLabels, seiteOfArt } from '../../../../domain/transitions/round-contracts.js';
import { describeColumns, readPupilList, type ListColumn } from '../../../../domain/transitions/pupil-list.js';
import type { TransferFormat } from '../../../../domain/mapping/transfer/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { readTransferFile } from '../../mapping/import-export/read-file.js';
import { assertOpen, loadRunde, oneAtATime, type RundeAccess } from '../transitions-access.js';
import { replaceListe, updateRunde } from '../transitions.repository.js';

export interface UploadInput {
  rundeId: string;
  schuleId: string;
  art: ListenArt;
  format: TransferFormat;
  content: Buffer;
  spalten?: Record<string, ListColumn | ''>;
  dryRun: boolean;
}

const schoolKey = (t: string) => t.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');

/** The caller's own school of the round on the side the list belongs to; anything else is refused. */
export function ownSchool(access: RundeAccess, schuleId: string, art: ListenArt) {
  const own = access.eigeneSchulen.find((s) => s.id === schuleId && s.seite === seiteOfArt[art]);
  if (!own) throw forbidden();
  return own;
}

/**
 * POST /api/uebergaenge/runden/:id/listen/:schuleId/:art — a school's leadership uploads its list.
 * Checked row by row; with any error nothing is stored. A stored list replaces the school's
 * previous one in one transaction.
 */
export async function uploadListe(ctx: ActorCtx, input: UploadInput): Promise<ListeBericht> {
  if (!can(ctx.actor, 'transitions.school', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, input.rundeId);
  const schule = ownSchool(access, input.schuleId, input.art);
  assertOpen(access.runde);
  const base = { dryRun: input.dryRun, zeilen: 0, spalten: [], fehlendeFelder: [], issues: [], hinweise: [], ersetzt: null };
  if (input.content.length > MAX_LISTE_BYTES) return { ...base, ok: false, issues: [{ row: 1, column: '', message: 'Die Datei ist größer als 10 MB.' }] };
  const read = await readTransferFile(input.content, input.format);
  if ('error' in read) return { ...base, ok: false, issues: [read.error] };
  const rows = read.sheet.rows;
  const { spalten, fehlendeFelder } = describeColumns(rows[0]?.cells ?? [], input.art, input.spalten);
  const report = { ...base, zeilen: Math.max(rows.length - 1, 0), spalten, fehlendeFelder };
  const list = readPupilList(rows, input.art, input.spalten);
  if (!list.ok) return { ...report, ok: false, issues: list.issues };
  if (!list.records.length) return { ...report, ok: false, issues: [{ row: 2, column: '', message: `Die ${listenArtLabels[input.art]} enthält keine Kinder.` }] };

  // The expected school is read as a school of the round (by Schulnummer or name); others stay text.
  const receiving = access.schulen.filter((s) => s.seite === 'aufnehmend');
  const receivingByKey = new Map(receiving.flatMap((s) => [[schoolKey(s.schulnummer), s] as const, [schoolKey(s.name), s] as const]));
  const hinweise: ListeBericht['hinweise'] = [];
  // Records follow the body rows one to one; blank rows were skipped, so the row numbers come from the sheet.
  const zielColumn = spalten.find((s) => s.feld === 'zielschule')?.name ?? 'zielschule';
  const eintraege = list.records.map((r, position) => {
    const ziel = r.zielschule ? receivingByKey.get(schoolKey(r.zielschule)) : undefined;
    if (r.zielschule && !ziel) hinweise.push({ row: rows[position + 1]?.row ?? position + 2, column: zielColumn, message: `„${r.zielschule}“ ist keine aufnehmende Schule dieser Runde; das Kind wird trotzdem gesucht.` });
    return {
      position,
      kennung: r.id,
      nachname: r.nachname,
      vorname: r.vorname,
      geburtsdatum: r.geburtsdatum,
      geschlecht: r.geschlecht ?? null,
      klasse: r.klasse ?? null,
      strasse: r.strasse ?? null,
      plz: r.plz ?? null,
      ort: r.ort ?? null,
      zielschule: input.art === 'abgang' ? (r.zielschule ?? null) : null,
      zielschuleId: input.art === 'abgang' ? (ziel?.id ?? null) : null,
    };
  });
  if (input.dryRun) return { ...report, ok: true, hinweise };

  const ersetzt = await oneAtATime(ctx.db.transaction(async (tx) => {
    const stored = await replaceListe(tx, { rundeId: access.runde.id, schuleId: schule.id, art: input.art, hochgeladenVon: ctx.actor.id, eintraege });
    await updateRunde(tx, access.runde.id, null, { listenGeaendertAm: new Date() });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'uebergang_liste.stored',
      entityType: 'uebergang_liste',
      entityId: stored.listeId,
      scopeId: schule.id,
      requestId: ctx.requestId,
      after: { rundeId: access.runde.id, schuleId: schule.id, art: input.art, eintraege: eintraege.length, ersetzt: stored.ersetzt },
    });
    return stored.ersetzt;
  }), 'Die Liste wurde gerade gleichzeitig hochgeladen. Bitte prüfen Sie den Stand und laden Sie sie bei Bedarf erneut hoch.');
  return { ...report, ok: true, hinweise, ersetzt };
}
