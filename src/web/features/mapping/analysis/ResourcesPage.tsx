import './analysis.css';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RessourcenZeile } from '../../../../domain/mapping/analysis/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppLink } from '../../../components/AppLink.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { SortableHeader } from '../../../components/SortableHeader.js';
import { cx } from '../../../lib/cx.js';
import { useRessourcen } from './api.js';
import { formatCount, formatNumber } from './format.js';
import { useKommuneParam, usePendingValue } from './kommune.js';
import { AnalysisNav, ChooseKommune, KommuneField, SharedOnlyNotice, analysisPaths } from './parts.js';
import { ResourceChart } from './ResourceChart.js';

export const resourceSorts = ['name', 'sozialraum', 'schueler', 'sozialindex', 'angebote', 'stunden', 'stundenPro100', 'hinweis'] as const;
export type ResourceSort = (typeof resourceSorts)[number];
type Direction = 'asc' | 'desc';

const value = (row: RessourcenZeile, sort: ResourceSort): string | number | null => {
  switch (sort) {
    case 'name':
      return row.name;
    case 'sozialraum':
      return row.sozialraumName;
    case 'hinweis':
      return row.flagged ? 1 : 0;
    default:
      return row[sort];
  }
};

/** Sorted copy; empty values always last, ties by name. */
export function sortRows(rows: readonly RessourcenZeile[], sort: ResourceSort, direction: Direction): RessourcenZeile[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, sort);
    const vb = value(b, sort);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb) return sign * (typeof va === 'string' ? va.localeCompare(String(vb), 'de') : va - (vb as number));
    return a.name.localeCompare(b.name, 'de') || a.schuleId.localeCompare(b.schuleId);
  });
}

/** /akteure/ressourcen?kommune=… — does the resource follow the need? School by school. */
export function ResourcesPage() {
  const { t } = useTranslation();
  const baseId = useId();
  const kommuneState = useKommuneParam();
  const { kommuneId, kommune, params, setParams } = kommuneState;
  const ressourcen = useRessourcen(kommuneId);

  const sortParam = params.get('sortierung');
  const sort: ResourceSort = (resourceSorts as readonly string[]).includes(sortParam ?? '') ? (sortParam as ResourceSort) : 'sozialindex';
  const direction: Direction = params.get('richtung') === 'auf' ? 'asc' : params.get('richtung') === 'ab' ? 'desc' : sort === 'sozialindex' || sort === 'hinweis' ? 'desc' : 'asc';
  const [onlyFlagged, showOnlyFlagged] = usePendingValue(params.get('nur') === 'markierte');

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, v] of Object.entries(changes)) {
          if (v === null) next.delete(key);
          else next.set(key, v);
        }
        return next;
      },
      { replace: true },
    );

  const data = ressourcen.data;
  const rows = useMemo(() => {
    if (!data) return [];
    return sortRows(
      onlyFlagged ? data.zeilen.filter((z) => z.flagged) : data.zeilen,
      sort,
      direction,
    );
  }, [data, onlyFlagged, sort, direction]);

  return (
    <>
      <PageHeader
        preline={kommune?.name}
        title={t('mappingAnalysis.ressourcen.title')}
        documentTitle={kommune ? t('mappingAnalysis.ressourcen.documentTitle', { kommune: kommune.name }) : undefined}
        lead={t('mappingAnalysis.ressourcen.lead')}
      />
      <AnalysisNav kommuneId={kommuneId} />
      <div className="app-filter app-analysis-filter">
        <KommuneField id={`${baseId}-kommune`} state={kommuneState} />
      </div>

      {!kommuneId ? (
        kommuneState.kommunen.isSuccess && <ChooseKommune />
      ) : ressourcen.isError ? (
        <QueryError error={ressourcen.error} onRetry={() => void ressourcen.refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <SharedOnlyNotice show={data.nurGeteilt} />
          <Alert variant="info" title={t('mappingAnalysis.ressourcen.ruleTitle')}>
            <p className="kern-body">
              {t('mappingAnalysis.ressourcen.rule', { schwelle: data.sozialindexSchwelle })}{' '}
              {data.median !== null ? t('mappingAnalysis.ressourcen.ruleMedian', { median: formatNumber(data.median) }) : t('mappingAnalysis.ressourcen.ruleNoMedian')}
            </p>
            <p className="kern-body">{t('mappingAnalysis.ressourcen.ruleHours')}</p>
          </Alert>
          <p className="kern-body app-analysis-summary" role="status">
            {t('mappingAnalysis.ressourcen.summary', {
              count: data.summary.schulen,
              schulen: formatCount(data.summary.schulen),
              markiert: formatCount(data.summary.markiert),
              stunden: formatNumber(data.summary.stunden),
            })}
          </p>

          <Section title={t('mappingAnalysis.ressourcen.chartSection')}>
            {data.zeilen.length ? <ResourceChart data={data} /> : <p className="kern-body">{t('mappingAnalysis.ressourcen.noSchools')}</p>}
          </Section>

          <Section title={t('mappingAnalysis.ressourcen.tableSection')}>
            <div className="kern-form-check app-analysis-check">
              <input
                id={`${baseId}-nur`}
                type="checkbox"
                className="kern-form-check__checkbox"
                checked={onlyFlagged}
                onChange={(event) => {
                  showOnlyFlagged(event.target.checked);
                  update({ nur: event.target.checked ? 'markierte' : null });
                }}
              />
              <label htmlFor={`${baseId}-nur`} className="kern-label">
                {t('mappingAnalysis.ressourcen.onlyFlagged', { count: data.summary.markiert, formatted: formatCount(data.summary.markiert) })}
              </label>
            </div>
            <ResourceTable
              kommuneId={data.kommuneId}
              rows={rows}
              sort={sort}
              direction={direction}
              onSort={(s) => {
                const nextDirection: Direction = s === sort ? (direction === 'asc' ? 'desc' : 'asc') : s === 'sozialindex' || s === 'hinweis' ? 'desc' : 'asc';
                update({ sortierung: s, richtung: nextDirection === 'asc' ? 'auf' : 'ab' });
              }}
            />
          </Section>
        </>
      )}
    </>
  );
}

function ResourceTable({
  kommuneId,
  rows,
  sort,
  direction,
  onSort,
}: {
  kommuneId: string;
  rows: RessourcenZeile[];
  sort: ResourceSort;
  direction: Direction;
  onSort: (sort: ResourceSort) => void;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const none = <span className="app-muted">{t('mappingAnalysis.none')}</span>;
  const columns: { key: ResourceSort; numeric?: boolean; render: (r: RessourcenZeile) => ReactNode }[] = [
    {
      key: 'name',
      render: (r) => (
        <>
          <AppLink href={`${analysisPaths.abdeckung}?${new URLSearchParams({ kommune: kommuneId, schule: r.schuleId }).toString()}`}>{r.name}</AppLink>
          <span className="app-resource-table__schulform">{r.schulform}</span>
        </>
      ),
    },
    { key: 'sozialraum', render: (r) => r.sozialraumName ?? none },
    { key: 'schueler', numeric: true, render: (r) => (r.schueler === null ? none : formatCount(r.schueler)) },
    { key: 'sozialindex', numeric: true, render: (r) => (r.sozialindex === null ? none : r.sozialindex) },
    { key: 'angebote', numeric: true, render: (r) => formatCount(r.angebote) },
    { key: 'stunden', numeric: true, render: (r) => formatNumber(r.stunden) },
    { key: 'stundenPro100', numeric: true, render: (r) => (r.stundenPro100 === null ? none : formatNumber(r.stundenPro100)) },
    {
      key: 'hinweis',
      render: (r) => (r.flagged ? <span className="kern-badge kern-badge--danger app-analysis-flag">{t('mappingAnalysis.ressourcen.flag')}</span> : none),
    },
  ];
  if (!rows.length) return <p className="kern-body app-table__empty">{t('mappingAnalysis.ressourcen.emptyTable')}</p>;
  return (
    <div className="app-table app-resource-table">
      <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="kern-table kern-table--small kern-table--striped">
          <caption id={captionId} className="kern-title app-table__caption">
            {t('mappingAnalysis.ressourcen.tableCaption')}
          </caption>
          <thead>
            <tr className="kern-table__row">
              {columns.map((c) => {
                const active = c.key === sort;
                const state = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
                return (
                  <SortableHeader key={c.key} state={state} numeric={c.numeric} onSort={() => onSort(c.key)}>
                    {t(`mappingAnalysis.ressourcen.col.${c.key}`)}
                  </SortableHeader>
                );
              })}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((r) => (
              <tr key={r.schuleId} className={cx('kern-table__row', r.flagged && 'app-resource-row--flagged')}>
                {columns.map((c) =>
                  c.key === 'name' ? (
                    <th key={c.key} scope="row" className="kern-table__cell app-table__row-header">
                      {c.render(r)}
                    </th>
                  ) : (
                    <td key={c.key} className={cx('kern-table__cell', c.numeric && 'kern-table__cell--numeric')}>
                      {c.render(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
