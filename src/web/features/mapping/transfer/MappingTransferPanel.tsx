import './transfer.css';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { akteurColumns, angebotColumns } from '../../../../domain/mapping/transfer/columns.js';
import { MAX_IMPORT_BYTES, type ImportReport, type TransferFormat, type TransferIssueDto } from '../../../../domain/mapping/transfer/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { SpreadsheetFileField } from '../../../components/SpreadsheetFileField.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import { Icon } from '../../../components/Icon.js';
import { errorMessage, errorRequestId } from '../../../lib/errors.js';
import { exportHref, useImportFile, type ExportFilters, type TransferKind } from './api.js';

export interface MappingTransferPanelProps {
  kommuneId: string;
  kind: TransferKind;
  /** Offer the import (coordinators of the Kommune); the export is open to every reader. */
  canImport?: boolean;
  /** Filters of the list the panel sits under; the export applies them. */
  filters?: ExportFilters;
  /** Level of the panel's heading (its parts get the next level). */
  headingLevel?: 2 | 3;
}

function formatOf(file: File): TransferFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

const megabytes = (bytes: number, language: string) => `${(bytes / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1 })} MB`;

/** Import (check, then import, with a row-by-row report) and export (CSV, XLSX) of actors or offers of one Kommune. */
export function MappingTransferPanel({ kommuneId, kind, canImport = true, filters, headingLevel = 2 }: MappingTransferPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const headingClass = headingLevel === 2 ? 'kern-heading-medium' : 'kern-heading-small';

  return (
    <section className="app-transfer" aria-labelledby={titleId}>
      <Heading id={titleId} className={`${headingClass} app-transfer__title`}>
        {t(`mappingTransfer.title.${kind}`)}
      </Heading>
      <div className="app-transfer__parts">
        <div className="app-transfer__part">
          <SubHeading className="kern-heading-small app-transfer__subtitle">{t('mappingTransfer.exportTitle')}</SubHeading>
          <p className="kern-body">{t(`mappingTransfer.exportLead.${kind}`)}</p>
          <ul className="app-transfer__downloads">
            {(['csv', 'xlsx'] as const).map((format) => (
              <li key={format}>
                <a className="kern-link app-transfer__download" href={exportHref(kommuneId, kind, format, filters)} download>
                  <Icon name="arrow-forward" />
                  {t(`mappingTransfer.download.${format}.${kind}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div className="app-transfer__part">
          <SubHeading className="kern-heading-small app-transfer__subtitle">{t('mappingTransfer.importTitle')}</SubHeading>
          {canImport ? <ImportForm kommuneId={kommuneId} kind={kind} /> : <p className="kern-body">{t('mappingTransfer.importOnlyCoordinators')}</p>}
        </div>
      </div>
    </section>
  );
}

function ImportForm({ kommuneId, kind }: { kommuneId: string; kind: TransferKind }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const mutation = useImportFile(kommuneId, kind);
  const resultRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // The outcome (report or error) takes focus, so it is announced and can be read from the top.
  useEffect(() => {
    if (attempt > 0 && (mutation.isSuccess || mutation.isError)) resultRef.current?.focus();
  }, [attempt, mutation.isSuccess, mutation.isError]);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setFileError(null);
    mutation.reset();
  }

  function run(dryRun: boolean) {
    if (!file) {
      setFileError(t('mappingTransfer.noFile'));
      inputRef.current?.focus();
      return;
    }
    const format = formatOf(file);
    if (!format) return fail(t('mappingTransfer.wrongType'));
    if (file.size > MAX_IMPORT_BYTES) return fail(t('mappingTransfer.tooLarge', { size: megabytes(file.size, i18n.language) }));
    setFileError(null);
    setAttempt((n) => n + 1);
    mutation.mutate({ file, format, dryRun });
  }

  function fail(message: string) {
    setFileError(message);
    mutation.reset();
    inputRef.current?.focus();
  }

  const columns = kind === 'akteure' ? akteurColumns : angebotColumns;
  const pending = mutation.isPending ? mutation.variables?.dryRun : undefined;

  return (
    <div className="app-transfer__import">
      <p className="kern-body">{t(`mappingTransfer.importLead.${kind}`)}</p>
      <p className="kern-body">{t('mappingTransfer.allOrNothing')}</p>
      <details className="app-details app-transfer__columns">
        <summary>{t('mappingTransfer.columnsSummary')}</summary>
        <p className="kern-body">{t('mappingTransfer.columnsLead')}</p>
        <ul className="kern-list kern-list--bullet">
          {columns.map((c) => (
            <li key={c.key} className="kern-body">
              {c.header}
              {c.required && <span className="app-transfer__required"> {t('mappingTransfer.required')}</span>}
            </li>
          ))}
        </ul>
      </details>
      <SpreadsheetFileField label={t(`mappingTransfer.file.${kind}`)} hint={t('mappingTransfer.fileHint')} error={fileError} inputRef={inputRef} className="app-transfer__file" onChange={choose} />
      <div className="app-actions app-transfer__actions">
        <AppButton variant="secondary" icon="check" isPending={pending === true} isDisabled={mutation.isPending && pending !== true} onPress={() => run(true)}>
          {t('mappingTransfer.check')}
        </AppButton>
        <AppButton isPending={pending === false} isDisabled={mutation.isPending && pending !== false} onPress={() => run(false)}>
          {t('mappingTransfer.import')}
        </AppButton>
      </div>
      <div ref={resultRef} tabIndex={-1} className="app-transfer__result">
        {mutation.isError && (
          <Alert variant="danger" role="alert" title={t('mappingTransfer.requestFailed')}>
            <p className="kern-body">{errorMessage(mutation.error)}</p>
            <RequestId error={mutation.error} />
          </Alert>
        )}
        {mutation.isSuccess && <ImportResult report={mutation.data} kind={kind} />}
      </div>
    </div>
  );
}

function RequestId({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const id = errorRequestId(error);
  return id ? <p className="kern-body kern-body--small">{t('errors.requestId', { id })}</p> : null;
}

function IssueTable({ caption, issues }: { caption: string; issues: TransferIssueDto[] }) {
  const { t } = useTranslation();
  const columns: Column<TransferIssueDto & { i: number }>[] = [
    { key: 'row', header: t('mappingTransfer.colRow'), numeric: true, render: (e) => (e.row > 0 ? e.row.toLocaleString('de-DE') : '–') },
    { key: 'column', header: t('mappingTransfer.colColumn'), render: (e) => e.column || t('mappingTransfer.wholeRow') },
    { key: 'message', header: t('mappingTransfer.colMessage'), render: (e) => e.message },
  ];
  return <DataTable caption={caption} columns={columns} rows={issues.map((e, i) => ({ ...e, i }))} rowKey={(e) => String(e.i)} emptyText="" />;
}

function ImportResult({ report, kind }: { report: ImportReport; kind: TransferKind }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  const counts = t('mappingTransfer.counts', { count: report.rows, rows: n(report.rows), created: n(report.created), updated: n(report.updated), unchanged: n(report.unchanged) });
  const warnings = report.warnings.length > 0 && <IssueTable caption={t('mappingTransfer.warningsCaption')} issues={report.warnings} />;

  if (!report.ok) {
    const total = report.errors.length + report.moreErrors;
    const rows = new Set(report.errors.map((e) => e.row)).size;
    return (
      <>
        <Alert variant="danger" role="alert" title={t('mappingTransfer.errorsTitle', { count: total, formatted: n(total) })}>
          <p className="kern-body">{t('mappingTransfer.errorsLead', { count: rows, formatted: n(rows) })}</p>
          <ul className="kern-list kern-list--bullet app-error-list">
            {report.errors.slice(0, 5).map((e, i) => (
              <li key={i} className="kern-body">
                {e.column ? t('mappingTransfer.issueAt', { row: n(e.row), column: e.column, message: e.message }) : t('mappingTransfer.issueAtRow', { row: n(e.row), message: e.message })}
              </li>
            ))}
          </ul>
          {report.errors.length > 5 && <p className="kern-body">{t('mappingTransfer.seeTable')}</p>}
        </Alert>
        <IssueTable caption={t('mappingTransfer.errorsCaption')} issues={report.errors} />
        {report.moreErrors > 0 && <p className="kern-body">{t('mappingTransfer.moreErrors', { count: report.moreErrors, formatted: n(report.moreErrors) })}</p>}
        {warnings}
      </>
    );
  }
  return (
    <>
      <Alert variant="success" role="status" title={report.dryRun ? t('mappingTransfer.checkedTitle') : t(`mappingTransfer.importedTitle.${kind}`)}>
        <p className="kern-body">{counts}</p>
        {report.dryRun && <p className="kern-body">{t('mappingTransfer.checkedHint')}</p>}
      </Alert>
      {warnings}
    </>
  );
}
