import { MAX_IMPORT_BYTES, type ImportReport, type TransferFormat } from '../../../../domain/mapping/transfer/contracts.js';
import type { Sheet, TransferIssue } from '../../../../domain/mapping/transfer/sheet.js';
import { writeAudit } from '../../../core/audit.js';
import type { Db, DbOrTx } from '../../../core/db.js';
import { readTransferFile } from './read-file.js';
import { lockImport } from './transfer.repository.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadKommune, type KommuneRef } from '../mapping-access.js';

/** How much of a report is sent back; the rest is counted. */
const MAX_LISTED = 1000;

export interface ImportOptions {
  format: TransferFormat;
  content: Buffer;
  dryRun: boolean;
  /** null: the command line (whoever runs it controls the server). */
  actorId: string | null;
  requestId: string | null;
}

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export const noCounts = (): ImportCounts => ({ rows: 0, created: 0, updated: 0, unchanged: 0 });

export function buildReport(input: { ok: boolean; dryRun: boolean; counts: ImportCounts; errors: TransferIssue[]; warnings: TransferIssue[]; started: number }): ImportReport {
  const byRow = (a: TransferIssue, b: TransferIssue) => a.row - b.row;
  const errors = [...input.errors].sort(byRow);
  const warnings = [...input.warnings].sort(byRow);
  // A failed import writes nothing, so it reports nothing as created or changed.
  const counts = input.ok ? input.counts : { ...noCounts(), rows: input.counts.rows };
  return {
    ok: input.ok,
    dryRun: input.dryRun,
    ...counts,
    errors: errors.slice(0, MAX_LISTED),
    moreErrors: Math.max(0, errors.length - MAX_LISTED),
    warnings: warnings.slice(0, MAX_LISTED),
    millis: Date.now() - input.started,
  };
}

/** Imports change the whole map of a Kommune: coordinators of that Kommune only. */
export async function authorizeImport(ctx: ActorCtx, kommuneId: string): Promise<KommuneRef> {
  const kommune = await loadKommune(ctx, kommuneId);
  if (!can(ctx.actor, 'mapping.manage', { scopePath: kommune.path })) throw forbidden();
  return kommune;
}

export function assertFileSize(content: Buffer): void {
  if (content.length > MAX_IMPORT_BYTES) {
    throw new AppError(413, 'file_too_large', `Die Datei ist zu groß (${(content.length / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB). Höchstens 5 MB sind möglich.`);
  }
}

/** Same text, sorted: the sites of an entry as a comparable value. */
export const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/** What both imports plan from a file before anything is written. */
export interface ImportPlan {
  errors: TransferIssue[];
  warnings: TransferIssue[];
  counts: ImportCounts;
  inserts: { id: string }[];
  updates: { id: string }[];
}

/**
 * Reads the file, plans, and (unless a dry run or any row is wrong) applies the plan in one
 * transaction under the Kommune's import lock, with one audit entry holding the counts.
 */
export async function runPlannedImport<P extends ImportPlan>(
  db: Db,
  kommune: KommuneRef,
  opts: ImportOptions,
  spec: {
    kind: 'akteure' | 'angebote';
    entityType: 'akteur' | 'angebot';
    plan: (db: DbOrTx, kommune: KommuneRef, sheet: Sheet) => Promise<P>;
    apply: (tx: DbOrTx, plan: P) => Promise<void>;
  },
): Promise<ImportReport> {
  const started = Date.now();
  const read = await readTransferFile(opts.content, opts.format);
  if ('error' in read) return buildReport({ ok: false, dryRun: opts.dryRun, counts: noCounts(), errors: [read.error], warnings: [], started });
  const report = (p: P) => buildReport({ ok: p.errors.length === 0, dryRun: opts.dryRun, counts: p.counts, errors: p.errors, warnings: p.warnings, started });

  if (opts.dryRun) return report(await spec.plan(db, kommune, read.sheet));

  return db.transaction(async (tx) => {
    await lockImport(tx, spec.kind, kommune.id);
    const p = await spec.plan(tx, kommune, read.sheet);
    if (p.errors.length) return report(p);
    await spec.apply(tx, p);
    await writeAudit(tx, {
      actorId: opts.actorId,
      action: `${spec.kind}.imported`,
      entityType: spec.entityType,
      entityId: kommune.id,
      scopeId: kommune.id,
      requestId: opts.requestId,
      after: { format: opts.format, ...p.counts, createdIds: p.inserts.map((i) => i.id), updatedIds: p.updates.map((u) => u.id) },
    });
    return report(p);
  });
}
