import { einheitMass } from '../../../../domain/allocation/contracts.js';
import type { ExportCell } from '../../../../domain/mapping/transfer/akteure.js';
import type { ColumnDef } from '../../../../domain/mapping/transfer/columns.js';
import { mimeTypes } from '../../../../domain/mapping/transfer/contracts.js';
import { exportCsv, slug } from '../../../../domain/mapping/transfer/export.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { todayInGermany, type ExportFile } from '../../mapping/import-export/export-file.js';
import { exportXlsx } from '../../mapping/import-export/write-xlsx.js';
import type { ScopeRef, VersionRow } from '../allocation.repository.js';
import { erklaere } from '../erklaerung.js';
import { versionOf } from './list-versionen.js';

type Spalte =
  | 'schulnummer'
  | 'name'
  | 'kommune'
  | 'schulform'
  | 'sozialindex'
  | 'stufe'
  | 'schueler'
  | 'startchancen'
  | 'faktor'
  | 'gewicht'
  | 'anteil'
  | 'quote'
  | 'einheiten'
  | 'menge'
  | 'grenze'
  | 'los'
  | 'erklaerung';

function spalten(mass: 'Stellen' | 'Euro'): ColumnDef<Spalte>[] {
  return [
    { key: 'schulnummer', header: 'Schulnummer', width: 12 },
    { key: 'name', header: 'Schule', width: 48 },
    { key: 'kommune', header: 'Kommune', width: 24 },
    { key: 'schulform', header: 'Schulform', width: 22 },
    { key: 'sozialindex', header: 'Sozialindex', width: 11, type: 'number' },
    { key: 'stufe', header: 'Stufe (gerechnet)', width: 11, type: 'number' },
    { key: 'schueler', header: 'Schüler:innen', width: 12, type: 'number' },
    { key: 'startchancen', header: 'Startchancen', width: 12 },
    { key: 'faktor', header: 'Faktor', width: 10, type: 'number' },
    { key: 'gewicht', header: 'Gewicht', width: 14, type: 'number' },
    { key: 'anteil', header: 'Anteil (%)', width: 12, type: 'number' },
    { key: 'quote', header: `Quote (${mass})`, width: 14, type: 'number' },
    { key: 'einheiten', header: 'Einheiten', width: 10, type: 'number' },
    { key: 'menge', header: mass, width: 12, type: 'number' },
    { key: 'grenze', header: 'Grenze', width: 14 },
    { key: 'los', header: 'Losentscheid', width: 14 },
    { key: 'erklaerung', header: 'Erklärung', width: 100 },
  ];
}

const collator = new Intl.Collator('de-DE');

/** The table of a version: one row per school with its figures and the explanation in plain German. */
export function exportTable(scope: ScopeRef, version: VersionRow): { columns: ColumnDef<Spalte>[]; rows: ExportCell[][] } {
  const { modell, ergebnis } = version;
  const schulen = [...ergebnis.schulen].sort((a, b) => collator.compare(a.kommuneName, b.kommuneName) || collator.compare(a.name, b.name));
  const rows = schulen.map((s): ExportCell[] => {
    const gleichstand = ergebnis.gleichstaende.find((g) => g.schuleIds.includes(s.schuleId)) ?? null;
    return [
      s.schulnummer,
      s.name,
      s.kommuneName,
      s.schulform,
      s.sozialindex,
      s.stufe,
      s.schueler,
      s.startchancen ? 'ja' : 'nein',
      Number(s.faktor),
      Number(s.gewicht),
      Number(s.anteilProzent),
      Number(s.quote),
      s.einheiten,
      s.menge,
      s.begrenzung === 'untergrenze' ? 'Untergrenze' : s.begrenzung === 'obergrenze' ? 'Obergrenze' : null,
      s.losGewonnen === null ? null : s.losGewonnen ? 'gewonnen' : 'verloren',
      erklaere({ modell, ergebnis, schule: s, bereich: scope.name, gleichstand }).join(' '),
    ];
  });
  return { columns: spalten(einheitMass(modell.einheit)), rows };
}

/**
 * GET …/export.csv and …/export.xlsx — the result of a version per school: CSV with semicolons,
 * UTF-8 with BOM and decimal commas (opens in Excel), or XLSX with numbers as numbers.
 */
export async function exportSzenario(ctx: ActorCtx, input: { szenarioId: string; format: 'csv' | 'xlsx'; version?: number }): Promise<ExportFile> {
  if (!can(ctx.actor, 'allocation.read', 'anywhere')) throw forbidden();
  const { scope, version } = await versionOf(ctx, input.szenarioId, input.version);
  const { columns, rows } = exportTable(scope, version);
  const body = input.format === 'xlsx' ? await exportXlsx('Verteilung', columns, rows) : Buffer.from(exportCsv(columns, rows), 'utf8');
  return {
    fileName: `verteilung-${slug(version.name)}-v${version.nummer}-${todayInGermany()}.${input.format}`,
    contentType: mimeTypes[input.format],
    body,
    rows: rows.length,
  };
}
