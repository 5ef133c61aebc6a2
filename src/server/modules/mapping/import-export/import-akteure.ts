import { validateAkteurSheet, type AkteurImportRecord } from '../../../../domain/mapping/transfer/akteure.js';
import { entryKey } from '../../../../domain/mapping/transfer/cells.js';
import type { ImportReport, TransferFormat } from '../../../../domain/mapping/transfer/contracts.js';
import type { TransferIssue } from '../../../../domain/mapping/transfer/sheet.js';
import { standardAkteurTypen } from '../../../../domain/mapping/vocabulary.js';
import type { ActorCtx } from '../../../core/context.js';
import type { Db, DbOrTx } from '../../../core/db.js';
import { customTypes, type AkteurRow } from '../mapping.repository.js';
import type { KommuneRef } from '../mapping-access.js';
import { assertFileSize, authorizeImport, noCounts, runPlannedImport, sameSet, type ImportCounts, type ImportOptions } from './import-report.js';
import { akteureWithSites, insertAkteure, replaceSitesOf, schulnummernOf, updateAkteurValues, type AkteurChange, type NewAkteur } from './transfer.repository.js';

/**
 * Imports actors into a Kommune from CSV or XLSX. All or nothing: any row error writes nothing.
 * Upsert by name (case and spaces do not matter): a known name updates that actor, a new one
 * creates it, so importing the same file twice changes nothing the second time.
 */
export async function importAkteure(ctx: ActorCtx, input: { kommuneId: string; format: TransferFormat; content: Buffer; dryRun: boolean }): Promise<ImportReport> {
  const kommune = await authorizeImport(ctx, input.kommuneId);
  assertFileSize(input.content);
  return runAkteurImport(ctx.db, kommune, { ...input, actorId: ctx.actor.id, requestId: ctx.requestId });
}

interface Plan {
  errors: TransferIssue[];
  warnings: TransferIssue[];
  counts: ImportCounts;
  inserts: NewAkteur[];
  updates: { id: string; values: AkteurChange }[];
  sites: Map<string, string[]>;
}

function merged(record: AkteurImportRecord, existing: AkteurRow | undefined, existingSites: string[]): { values: AkteurChange; sites: string[] } {
  const v = record.values;
  const has = (k: Parameters<typeof record.present.has>[0]) => !existing || record.present.has(k);
  return {
    values: {
      name: v.name,
      typ: v.typ,
      kreis: v.kreis,
      beschreibung: has('beschreibung') ? v.beschreibung : existing!.beschreibung,
      kontaktFunktion: has('kontaktFunktion') ? v.kontaktFunktion : existing!.kontaktFunktion,
      kontaktEmail: has('kontaktEmail') ? v.kontaktEmail : existing!.kontaktEmail,
      kontaktTelefon: has('kontaktTelefon') ? v.kontaktTelefon : existing!.kontaktTelefon,
      geteilt: has('geteilt') ? v.geteilt : existing!.geteilt,
    },
    sites: has('standorte') ? v.standortIds : existingSites,
  };
}

const fields = ['name', 'typ', 'kreis', 'beschreibung', 'kontaktFunktion', 'kontaktEmail', 'kontaktTelefon', 'geteilt'] as const;

async function plan(db: DbOrTx, kommune: KommuneRef, sheet: Parameters<typeof validateAkteurSheet>[0]): Promise<Plan> {
  const custom = await customTypes(db, kommune.id);
  const akteurTypen: Record<string, string> = { ...standardAkteurTypen, ...Object.fromEntries(custom.map((t) => [t.code, t.label])) };
  const validated = validateAkteurSheet(sheet, { kommuneName: kommune.name, schulen: await schulnummernOf(db, kommune.id), akteurTypen });
  const out: Plan = { errors: validated.errors, warnings: [...validated.warnings], counts: { ...noCounts(), rows: validated.records.length }, inserts: [], updates: [], sites: new Map() };
  if (validated.errors.length) return out;

  const byKey = new Map<string, { row: AkteurRow; sites: string[] }[]>();
  for (const e of await akteureWithSites(db, kommune.id)) byKey.set(entryKey(e.row.name), [...(byKey.get(entryKey(e.row.name)) ?? []), e]);

  for (const record of validated.records) {
    const matches = byKey.get(record.key) ?? [];
    if (matches.length > 1) {
      out.errors.push({
        row: record.row,
        column: 'Name',
        message: `In ${kommune.name} gibt es schon ${matches.length} Akteure mit dem Namen „${record.values.name}“; welcher gemeint ist, ist nicht eindeutig. Bitte benennen Sie sie zuerst verschieden.`,
      });
      continue;
    }
    const existing = matches[0];
    const { values, sites } = merged(record, existing?.row, existing?.sites ?? []);
    if (!existing) {
      const id = crypto.randomUUID();
      out.inserts.push({ id, kommuneId: kommune.id, ...values });
      if (sites.length) out.sites.set(id, sites);
      out.counts.created++;
      continue;
    }
    if (existing.row.archiviertAm) {
      out.warnings.push({ row: record.row, column: 'Name', message: `Der Akteur „${existing.row.name}“ ist archiviert; seine Angaben werden abgeglichen, er bleibt archiviert.` });
    }
    const sitesChanged = !sameSet(sites, existing.sites);
    if (fields.some((f) => values[f] !== existing.row[f]) || sitesChanged) {
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
export function runAkteurImport(db: Db, kommune: KommuneRef, opts: ImportOptions): Promise<ImportReport> {
  return runPlannedImport(db, kommune, opts, {
    kind: 'akteure',
    entityType: 'akteur',
    plan,
    apply: async (tx, p) => {
      await insertAkteure(tx, p.inserts);
      for (const u of p.updates) await updateAkteurValues(tx, u.id, u.values);
      await replaceSitesOf(tx, 'akteur', p.sites);
    },
  });
}
