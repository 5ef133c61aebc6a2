import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { einheitMass } from '../../../../domain/allocation/contracts.js';
import { AppLink } from '../../../components/AppLink.js';
import { FormField } from '../../../components/FormField.js';
import { Pagination } from '../../../components/Pagination.js';
import { SortableHeader } from '../../../components/SortableHeader.js';
import { cx } from '../../../lib/cx.js';
import type { Vergleich } from '../api.js';
import { schuleHref } from '../format.js';
import { formatCount, formatMenge, formatSigned } from './format.js';
import type { CompareRef } from './ids.js';
import { seriesLetter, SeriesTag } from './series.js';
import { defaultDirection, filterRows, indexRows, PAGE_SIZE, sameSort, sortRows, type Direction, type SchoolRow, type SchoolSort } from './schoolRows.js';

export interface SchoolTableState {
  query: string;
  onlyChanged: boolean;
  sort: SchoolSort;
  direction: Direction;
  page: number;
}

interface SchoolDiffTableProps {
  data: Vergleich;
  refs: readonly CompareRef[];
  state: SchoolTableState;
  /** Writes the changed parts into the address (and back to page 1 unless the page is given). */
  onChange: (changes: Partial<SchoolTableState>) => void;
  hrefForPage: (page: number) => string;
}

/** The explanation of a school in the first scenario that includes it (at the compared version). */
export function schoolHref(row: SchoolRow, data: Vergleich, refs: readonly CompareRef[]): string {
  const index = Math.max(0, row.mengen.findIndex((m) => m !== null));
  return schuleHref(data.szenarien[index]!.id, row.schuleId, refs[index]?.version);
}

/**
 * Every school of the comparison with its amount in each scenario and the difference to the
 * first: search, "only changed", sorting by any figure and pages of 50 rows. Filtering and
 * sorting run on the whole list in the browser (a few milliseconds for all schools of NRW); only
 * one page is drawn.
 */
export function SchoolDiffTable({ data, refs, state, onChange, hrefForPage }: SchoolDiffTableProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const captionId = useId();
  const einheit = data.szenarien[0]!.einheit;
  const mass = einheitMass(einheit);
  const k = data.szenarien.length;

  // The field shows every keystroke at once; the list follows the address a moment later.
  const [typed, setTyped] = useState(state.query);
  const [shownQuery, setShownQuery] = useState(state.query);
  if (shownQuery !== state.query) {
    setShownQuery(state.query);
    if (state.query !== typed.trim()) setTyped(state.query);
  }
  const [onlyChanged, setOnlyChanged] = useState<{ from: boolean; to: boolean } | null>(null);
  const changedShown = onlyChanged && onlyChanged.from === state.onlyChanged ? onlyChanged.to : state.onlyChanged;
  const query = useDeferredValue(state.query);

  const indexed = useMemo(() => indexRows(data.schulen), [data]);
  const changedCount = useMemo(() => indexed.filter((r) => r.changed).length, [indexed]);
  const rows = useMemo(() => sortRows(filterRows(indexed, query, state.onlyChanged), state.sort, state.direction), [indexed, query, state.onlyChanged, state.sort, state.direction]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, state.page), pages);
  const visible = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  const none = (
    <>
      <span aria-hidden="true">{t('common.none')}</span>
      <span className="kern-sr-only">{t('allocationCompare.schools.notIncluded')}</span>
    </>
  );

  type Column = { sort: SchoolSort; header: ReactNode; numeric?: boolean; render: (row: SchoolRow) => ReactNode };
  const columns: Column[] = [
    {
      sort: { kind: 'name' },
      header: t('allocationCompare.schools.colSchool'),
      render: (row) => (
        <>
          <AppLink href={schoolHref(row, data, refs)}>{row.name}</AppLink>
          <span className="app-cmp-school__meta">{[row.schulform, row.kommuneName, t('allocationCompare.schools.schulnummer', { nummer: row.schulnummer })].join(' · ')}</span>
        </>
      ),
    },
    { sort: { kind: 'sozialindex' }, header: t('allocationCompare.schools.colSozialindex'), numeric: true, render: (row) => row.sozialindex ?? none },
    { sort: { kind: 'schueler' }, header: t('allocationCompare.schools.colPupils'), numeric: true, render: (row) => (row.schueler === null ? none : formatCount(row.schueler)) },
    ...data.szenarien.map(
      (s, i): Column => ({
        sort: { kind: 'menge', index: i },
        header: (
          <>
            <SeriesTag index={i} />
            <span className="kern-sr-only">: {s.name},</span> <span className="app-cmp-unit">{mass === 'Euro' ? t('allocationCompare.massEuro') : t('allocationCompare.massStellen')}</span>
          </>
        ),
        numeric: true,
        render: (row) => (row.mengen[i] === null || row.mengen[i] === undefined ? none : formatMenge(row.mengen[i], einheit)),
      }),
    ),
    ...data.szenarien.slice(1).map(
      (_, j): Column => ({
        sort: { kind: 'diff', index: j + 1 },
        header: (
          <>
            <span className="app-cmp-unit">{t('allocationCompare.schools.colDiff')}</span> <SeriesTag index={j + 1} /> <span className="app-cmp-unit">{t('allocationCompare.schools.colDiffTo')}</span>
          </>
        ),
        numeric: true,
        render: (row) => {
          const d = row.differenzen[j + 1] ?? 0;
          return <span className={cx(d !== 0 && 'app-cmp-diff')}>{formatSigned(d, einheit)}</span>;
        },
      }),
    ),
  ];

  const sortBy = (sort: SchoolSort) => {
    const direction: Direction = sameSort(sort, state.sort) ? (state.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
    onChange({ sort, direction });
  };

  return (
    <>
      <div className="app-filter app-cmp-filter" role="search" aria-label={t('allocationCompare.schools.filter')}>
        <FormField
          id={`${baseId}-suche`}
          type="search"
          label={t('allocationCompare.schools.search')}
          hint={t('allocationCompare.schools.searchHint')}
          value={typed}
          onChange={(value) => {
            setTyped(value);
            onChange({ query: value.trim() });
          }}
        />
        <div className="kern-form-check app-check app-cmp-filter__check">
          <input
            id={`${baseId}-geaendert`}
            type="checkbox"
            className="kern-form-check__checkbox"
            checked={changedShown}
            onChange={(event) => {
              setOnlyChanged({ from: state.onlyChanged, to: event.target.checked });
              onChange({ onlyChanged: event.target.checked });
            }}
          />
          <label htmlFor={`${baseId}-geaendert`} className="kern-label">
            {t('allocationCompare.schools.onlyChanged', { count: changedCount, formatted: formatCount(changedCount) })}
          </label>
        </div>
      </div>
      <p className="kern-body app-cmp-count" role="status">
        {t('allocationCompare.schools.count', { count: rows.length, shown: formatCount(rows.length), total: formatCount(data.schulen.length) })}
      </p>
      {rows.length === 0 ? (
        <p className="kern-body app-table__empty">{t('allocationCompare.schools.empty')}</p>
      ) : (
        <div className="app-table app-cmp-table app-cmp-schools">
          <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="kern-table kern-table--small kern-table--striped">
              {/* Named by the section heading; on narrow screens a visible caption would scroll away with the table. */}
              <caption id={captionId} className="kern-sr-only">
                {t('allocationCompare.schools.caption', { letters: data.szenarien.map((_, i) => seriesLetter(i)).join(', ') })}
              </caption>
              <thead>
                <tr className="kern-table__row">
                  {columns.map((c, i) => {
                    const active = sameSort(c.sort, state.sort);
                    const sortState = active ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none';
                    return (
                      <SortableHeader key={i} state={sortState} numeric={c.numeric} onSort={() => sortBy(c.sort)}>
                        {c.header}
                      </SortableHeader>
                    );
                  })}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {visible.map(({ row }) => (
                  <tr key={row.schuleId} className="kern-table__row">
                    {columns.map((c, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className="kern-table__cell app-table__row-header app-cmp-school">
                          {c.render(row)}
                        </th>
                      ) : (
                        <td key={i} className={cx('kern-table__cell', c.numeric && 'kern-table__cell--numeric')}>
                          {c.render(row)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={PAGE_SIZE} total={rows.length} hrefFor={hrefForPage} what={t('allocationCompare.schools.pagingWhat')} />
        </div>
      )}
      {k > 1 && <p className="kern-body kern-body--small app-cmp-note">{t('allocationCompare.schools.note')}</p>}
    </>
  );
}
