import { useTranslation } from 'react-i18next';
import type { ListenArt } from '../../../../domain/transitions/round-contracts.js';
import { Alert } from '../../../components/Alert.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import type { ListeBericht } from '../api.js';
import { formatCount } from '../format.js';
import { useTransitionsLabels } from '../labels.js';

type Issue = ListeBericht['issues'][number] & { i: number };

function IssueTable({ caption, issues }: { caption: string; issues: ListeBericht['issues'] }) {
  const { t } = useTranslation();
  const columns: Column<Issue>[] = [
    { key: 'row', header: t('transitions.report.colRow'), numeric: true, render: (e) => (e.row > 0 ? formatCount(e.row) : t('common.none')) },
    { key: 'column', header: t('transitions.report.colColumn'), render: (e) => e.column || t('transitions.report.wholeRow') },
    { key: 'message', header: t('transitions.report.colMessage'), render: (e) => e.message },
  ];
  return <DataTable caption={caption} columns={columns} rows={issues.map((e, i) => ({ ...e, i }))} rowKey={(e) => String(e.i)} emptyText="" />;
}

type Spalte = ListeBericht['spalten'][number];

/** Each header of the file and the field it was read as. */
function SpaltenTable({ spalten }: { spalten: readonly Spalte[] }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const columns: Column<Spalte>[] = [
    { key: 'name', header: t('transitions.report.colHeader'), isRowHeader: true, render: (s) => s.name },
    { key: 'feld', header: t('transitions.report.colFeld'), render: (s) => (s.feld ? labels.feld(s.feld) : <span className="app-muted">{t('transitions.report.notUsed')}</span>) },
  ];
  return (
    <div className="app-trans-read">
      <DataTable caption={t('transitions.report.columnsTitle')} columns={columns} rows={spalten} rowKey={(s) => s.name} emptyText="" />
    </div>
  );
}

/** The outcome of checking or saving a list: rows, how each column was read, errors per row, hints. */
export function ListeReport({ bericht, art }: { bericht: ListeBericht; art: ListenArt }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const zeilen = formatCount(bericht.zeilen);
  const spalten = bericht.spalten.length > 0 && <SpaltenTable spalten={bericht.spalten} />;
  const hinweise = bericht.hinweise.length > 0 && <IssueTable caption={t('transitions.report.hintsCaption')} issues={bericht.hinweise} />;

  // Headers not recognised: the mapping step below shows every column; the header messages would only repeat it.
  if (!bericht.ok && bericht.fehlendeFelder.length > 0) {
    return (
      <Alert variant="danger" role="alert" title={t('transitions.report.columnsMissingTitle')}>
        <p className="kern-body">{t('transitions.report.missingFields', { felder: bericht.fehlendeFelder.map(labels.feld).join(', ') })}</p>
      </Alert>
    );
  }
  if (!bericht.ok) {
    const rows = new Set(bericht.issues.filter((e) => e.row > 1).map((e) => e.row)).size;
    return (
      <>
        <Alert variant="danger" role="alert" title={t('transitions.report.errorsTitle', { count: bericht.issues.length, formatted: formatCount(bericht.issues.length) })}>
          <p className="kern-body">{t('transitions.report.errorsLead', { count: rows, formatted: formatCount(rows) })}</p>
        </Alert>
        <IssueTable caption={t('transitions.report.errorsCaption')} issues={bericht.issues} />
        {spalten}
        {hinweise}
      </>
    );
  }
  return (
    <>
      <Alert
        variant="success"
        role="status"
        title={bericht.dryRun ? t('transitions.report.checkedTitle', { count: bericht.zeilen, formatted: zeilen }) : t('transitions.report.savedTitle', { art: labels.listenArt(art), count: bericht.zeilen, formatted: zeilen })}
      >
        <p className="kern-body">
          {bericht.dryRun ? t('transitions.report.checkedHint') : bericht.ersetzt !== null ? t('transitions.report.replaced', { count: bericht.ersetzt, formatted: formatCount(bericht.ersetzt) }) : t('transitions.report.savedHint')}
        </p>
      </Alert>
      {spalten}
      {hinweise}
    </>
  );
}
