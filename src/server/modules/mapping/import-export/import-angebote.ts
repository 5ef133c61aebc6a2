import { angebotKey, validateAngebotSheet, type AngebotImportRecord } from '../../../../domain/mapping/transfer/angebote.js';
import type { ImportReport, TransferFormat } from '../../../../domain/mapping/transfer/contracts.js';
import type { Sheet, TransferIssue } from '../../../../domain/mapping/transfer/sheet.js';
import type { ActorCtx } from '../../../core/context.js';
import type { Db, DbOrTx } from '../../../core/db.js';
import type { AngebotRow } from '../mapping.repository.js';
import type { KommuneRef } from '../mapping-access.js';
import { assertFileSize, authorizeImport, noCounts, runPlannedImport, sameSet, type ImportCounts, type ImportOptions } from './import-report.js';
import { angeboteWithSites, insertAngebote, traegerByName, replaceSitesOf, schulnummernOf, updateAngebotValues, type AngebotChange, type NewAngebot } from './transfer.repository.js';

/**
 * Imports offers into a Kommune from CSV or XLSX. All or nothing. The Träger must be an actor of
 * the Kommune already (import the actors first). Upsert by Titel + Träger: the same title with the
 * same provider updates that offer, so importing the same file twice changes nothing.
 */
export async function importAngebote(ctx: ActorCtx, input: { kommuneId: string; format: TransferFormat; content: Buffer; dryRun: boolean }): Promise<ImportReport> {
  const kommune = await authorizeImport(ctx, input.kommuneId);
  assertFileSize(input.content);
  return runAngebotImport(ctx.db, kommune, { ...input, actorId: ctx.actor.id, requestId: ctx.requestId });
}

interface Plan {
  errors: TransferIssue[];
  warnings: TransferIssue[];
  counts: ImportCounts;
  inserts: NewAngebot[];
  updates: { id: string; values: AngebotChange }[];
  sites: Map<string, string[]>;
}

const fields = ['titel', 'beschreibung', 'akteurId', 'handlungsfeld', 'ebene', 'zielgruppe', 'stundenProWoche', 'finanzierung', 'beginn', 'ende', 'status', 'geteilt'] as const;

function merged(record: AngebotImportRecord, existing: AngebotRow | undefined, existingSites: string[]): { values: AngebotChange; sites: string[] } {
  const v = record.values;
  const has = (k: Parameters<typeof record.present.has>[0]) => !existing || record.present.has(k);
  return {
    values: {
      titel: v.titel,
      akteurId: v.akteurId,
      handlungsfeld: v.handlungsfeld,
      ebene: v.ebene,
      altersphasen: v.altersphasen,
      finanzierung: v.finanzierung,
      beschreibung: has('beschreibung') ? v.beschreibung : existing!.beschreibung,
      zielgruppe: has('zielgruppe') ? v.zielgruppe : existing!.zielgruppe,
      stundenProWoche: has('stundenProWoche') ? v.stundenProWoche : existing!.stundenProWoche,
      beginn: has('beginn') ? v.beginn : existing!.beginn,
      ende: has('ende') ? v.ende : existing!.ende,
      status: has('status') ? v.status : existing!.status,
      geteilt: has('geteilt') ? v.geteilt : existing!.geteilt,
    },
    sites: has('standorte') ? v.standortIds : existingSites,
  };
}

async function plan(db: DbOrTx, kommune: KommuneRef, sheet: Sheet): Promise<Plan> {
  const validated = validateAngebotSheet(sheet, { kommuneName: kommune.name, schulen: await schulnummernOf(db, kommune.id), akteure: await traegerByName(db, kommune.id) });
  const out: Plan = { errors: validated.errors, warnings: [...validated.warnings], counts: { ...noCounts(), rows: validated.records.length }, inserts: [], updates: [], sites: new Map() };
  if (validated.errors.length) return out;

  const byKey = new Map<string, { row: AngebotRow; sites: string[] }[]>();
  for (const e of await angeboteWithSites(db, kommune.id)) {
    const key = angebotKey(e.row.titel, e.row.akteurId);
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }

  for (const record of validated.records) {
    const matches = byKey.get(record.key) ?? [];
    if (matches.length > 1) {
      out.errors.push({
        row: record.row,
        column: 'Titel',
        message: `In ${kommune.name} gibt es schon ${matches.length} Angebote „${record.values.titel}“ dieses Trägers; welches gemeint ist, ist nicht eindeutig. Bitte benennen Sie sie zuerst verschieden.`,
      });
      continue;
    }
    const existing = matches[0];
    const { values, sites } = merged(record, existing?.row, existing?.sites ?? []);
    if (values.beginn && values.ende && values.beginn > values.ende) {
      out.errors.push({ row: record.row, column: record.present.has('ende') ? 'Ende' : 'Beginn', message: 'Das Ende darf nicht vor dem Beginn liegen.' });
      continue;
    }
    if (!existing) {
      const id = crypto.randomUUID();
      out.inserts.push({ id, kommuneId: kommune.id, ...values });
      if (sites.length) out.sites.set(id, sites);
      out.counts.created++;
      continue;
    }
    if (existing.row.archiviertAm) {
      out.warnings.push({ row: record.row, column: 'Titel', message: `Das Angebot „${existing.row.titel}“ ist archiviert; seine Angaben werden abgeglichen, es bleibt archiviert.` });
    }
    const sitesChanged = !sameSet(sites, existing.sites);
    const phasenChanged = !sameSet(values.altersphasen, existing.row.altersphasen) || values.altersphasen.length !== existing.row.altersphasen.length;
    if (fields.some((f) => values[f] !== existing.row[f]) || phasenChanged || sitesChanged) {
      out.updates.push({ id: existing.row.id, values });
      if (sitesChanged) out.sites.set(existing.row.id, sites);
      out.counts.updated++;
    } else {
      out.counts.unchanged++;
    }
  }
  return out;
}

/** The import itself, for the API (after authorization) and the command line. */
export function runAngebotImport(db: Db, kommune: KommuneRef, opts: ImportOptions): Promise<ImportReport> {
  return runPlannedImport(db, kommune, opts, {
    kind: 'angebote',
    entityType: 'angebot',
    plan,
    apply: async (tx, p) => {
      await insertAngebote(tx, p.inserts);
      for (const u of p.updates) await updateAngebotValues(tx, u.id, u.values);
      await replaceSitesOf(tx, 'angebot', p.sites);
    },
  });
}
