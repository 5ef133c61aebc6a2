import './parts.css';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Input, Label, SearchField } from 'react-aria-components';
import type { Einheit, SchuleErgebnis } from '../../../../domain/allocation/contracts.js';
import { Icon } from '../../../components/Icon.js';
import { AppLink } from '../../../components/AppLink.js';
import { SortableHeader } from '../../../components/SortableHeader.js';
import { cx } from '../../../lib/cx.js';
import { formatMenge, formatNumber } from '../format.js';

export const resultSorts = ['name', 'schulnummer', 'kommune', 'schulform', 'sozialindex', 'schueler', 'gewicht', 'quote', 'menge'] as const;
export type ResultSort = (typeof resultSorts)[number];
export type SortDirection = 'asc' | 'desc';

/** What the table shows: search text, sort column and direction, page (from 1). */
export interface ResultTableState {
  q: string;
  sort: ResultSort;
  direction: SortDirection;
  page: number;
}

export const defaultResultTableState: ResultTableState = { q: '', sort: 'menge', direction: 'desc', page: 1 };

export interface ResultTableProps {
  schulen: readonly SchuleErgebnis[];
  einheit: Einheit;
  /** Where a school's name links to (its explanation). */
  schoolHref: (schule: SchuleErgebnis) => string;
  caption: string;
  /** Give both to keep the state elsewhere (e.g. in the address); otherwise the table keeps it. */
  state?: ResultTableState;
  onStateChange?: (state: ResultTableState) => void;
  pageSize?: number;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const normal = (text: string) => text.toLocaleLowerCase('de').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

interface Row {
  schule: SchuleErgebnis;
  search: string;
  gewicht: number;
  quote: number;
}

function compare(a: Row, b: Row, sort: ResultSort): number {
  const x = a.schule;
  const y = b.schule;
  switch (sort) {
    case 'name':
      return collator.compare(x.name, y.name);
    case 'schulnummer':
      return collator.compare(x.schulnummer, y.schulnummer);
    case 'kommune':
      return collator.compare(x.kommuneName, y.kommuneName);
    case 'schulform':
      return collator.compare(x.schulform, y.schulform);
    case 'sozialindex':
      return (x.sozialindex ?? 0) - (y.sozialindex ?? 0);
    case 'schueler':
      return (x.schueler ?? -1) - (y.schueler ?? -1);
    case 'gewicht':
      return a.gewicht - b.gewicht;
    case 'quote':
      return a.quote - b.quote;
    case 'menge':
      return x.menge - y.menge || a.quote - b.quote;
  }
}

/** Numbers are read from the top first; texts from A. */
const firstDirection = (sort: ResultSort): SortDirection => (['name', 'schulnummer', 'kommune', 'schulform'].includes(sort) ? 'asc' : 'desc');

interface Column {
  key: string;
  header: string;
  sort?: ResultSort;
  numeric?: boolean;
  render: (s: SchuleErgebnis) => ReactNode;
}

/**
 * The result per school: search by name or Schulnummer, sort by every column, 50 rows a page.
 * Sorting and filtering run in the browser on the whole result (4,000 schools of a Land are quick);
 * only the rows of one page are rendered.
 */
export function ResultTable({ schulen, einheit, schoolHref, caption, state: controlled, onStateChange, pageSize = 50 }: ResultTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const [own, setOwn] = useState<ResultTableState>(defaultResultTableState);
  const state = controlled ?? own;
  const update = (patch: Partial<ResultTableState>) => {
    const next = { ...state, ...patch };
    if (onStateChange) onStateChange(next);
    else setOwn(next);
  };

  const rows = useMemo<Row[]>(
    () => schulen.map((schule) => ({ schule, search: normal(`${schule.name} ${schule.schulnummer}`), gewicht: Number(schule.gewicht), quote: Number(schule.quote) })),
    [schulen],
  );
  const severalKommunen = useMemo(() => new Set(schulen.map((s) => s.kommuneId)).size > 1, [schulen]);
  const query = normal(state.q.trim());
  const sorted = useMemo(() => {
    const found = query ? rows.filter((r) => r.search.includes(query)) : rows.slice();
    const sign = state.direction === 'asc' ? 1 : -1;
    return found.sort((a, b) => sign * compare(a, b, state.sort) || collator.compare(a.schule.name, b.schule.name));
  }, [rows, query, state.sort, state.direction]);

  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(Math.max(1, state.page), pages);
  const visible = sorted.slice((page - 1) * pageSize, page * pageSize);
  const from = sorted.length === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(sorted.length, page * pageSize);

  const none = <span className="app-muted">{t('common.none')}</span>;
  const columns: Column[] = [
    { key: 'menge', header: t('allocation.table.menge'), sort: 'menge', numeric: true, render: (s) => <strong className="app-nowrap">{formatMenge(s.menge, einheit)}</strong> },
    ...(severalKommunen ? [{ key: 'kommune', header: t('allocation.table.kommune'), sort: 'kommune' as const, render: (s: SchuleErgebnis) => s.kommuneName }] : []),
    { key: 'schulform', header: t('allocation.table.schulform'), sort: 'schulform', render: (s) => s.schulform },
    {
      key: 'sozialindex',
      header: t('allocation.table.sozialindex'),
      sort: 'sozialindex',
      numeric: true,
      render: (s) => (s.sozialindex === null ? <span className="app-nowrap">{t('allocation.table.ohneIndex', { stufe: s.stufe })}</span> : s.sozialindex),
    },
    { key: 'schueler', header: t('allocation.table.schueler'), sort: 'schueler', numeric: true, render: (s) => (s.schueler === null ? none : formatNumber(s.schueler, 0)) },
    { key: 'gewicht', header: t('allocation.table.gewicht'), sort: 'gewicht', numeric: true, render: (s) => formatNumber(s.gewicht, 2) },
    { key: 'anteil', header: t('allocation.table.anteil'), numeric: true, render: (s) => `${formatNumber(s.anteilProzent, 3)} %` },
    { key: 'quote', header: t('allocation.table.quote'), sort: 'quote', numeric: true, render: (s) => formatNumber(s.quote, 3) },
    { key: 'hinweis', header: t('allocation.table.hinweis'), render: (s) => <RowNote schule={s} /> },
  ];

  function sortBy(sort: ResultSort) {
    const direction = state.sort === sort ? (state.direction === 'asc' ? 'desc' : 'asc') : firstDirection(sort);
    update({ sort, direction, page: 1 });
  }

  function header(column: Pick<Column, 'key' | 'header' | 'sort' | 'numeric'>, rowHeader = false) {
    const className = rowHeader ? 'app-alloc-result__name' : undefined;
    const sort = column.sort;
    if (!sort)
      return (
        <th key={column.key} scope="col" className={cx('kern-table__header', column.numeric && 'kern-table__header--numeric', className)}>
          {column.header}
        </th>
      );
    const active = sort === state.sort;
    return (
      <SortableHeader key={column.key} state={active ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none'} numeric={column.numeric} onSort={() => sortBy(sort)} className={className}>
        {column.header}
      </SortableHeader>
    );
  }

  return (
    <div className="app-alloc-result">
      <div className="app-alloc-result__bar">
        <SearchField value={state.q} onChange={(q) => update({ q, page: 1 })} className="kern-form-input app-field app-alloc-result__search">
          <Label className="kern-label">{t('allocation.table.search')}</Label>
          <Input className="kern-form-input__input" />
        </SearchField>
        <p className="kern-body app-alloc-result__count" role="status">
          {sorted.length === 0 ? t('allocation.table.noMatch') : t('allocation.table.range', { from: formatNumber(from, 0), to: formatNumber(to, 0), total: formatNumber(sorted.length, 0) })}
        </p>
      </div>
      {sorted.length > 0 && (
        <div className="kern-table-responsive app-table__scroll app-alloc-result__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="kern-table kern-table--striped app-alloc-result__table">
            <caption id={captionId} className="kern-sr-only">
              {caption}
            </caption>
            <thead>
              <tr className="kern-table__row">
                {header({ key: 'name', header: t('allocation.table.name'), sort: 'name' }, true)}
                {columns.map((column) => header(column))}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {visible.map(({ schule }) => (
                <tr key={schule.schuleId} className="kern-table__row">
                  <th scope="row" className="kern-table__cell app-table__row-header app-alloc-result__name">
                    <AppLink href={schoolHref(schule)}>{schule.name}</AppLink>
                    <span className="app-alloc-result__tag">
                      {t('allocation.table.schulnummerText', { schulnummer: schule.schulnummer })}
                      {schule.startchancen && <> · {t('allocation.table.startchancen')}</>}
                    </span>
                  </th>
                  {columns.map((column) => (
                    <td key={column.key} className={cx('kern-table__cell', column.numeric && 'kern-table__cell--numeric')}>
                      {column.render(schule)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="app-alloc-pager" aria-label={t('allocation.table.paging', { what: caption })}>
          <p className="kern-body app-alloc-pager__status">{t('allocation.table.page', { page, pages })}</p>
          <div className="app-alloc-pager__buttons">
            <PagerButton label={t('allocation.table.previous')} icon="chevron-left" isDisabled={page <= 1} onPress={() => update({ page: page - 1 })} />
            <PagerButton label={t('allocation.table.next')} icon="chevron-right" isDisabled={page >= pages} onPress={() => update({ page: page + 1 })} />
          </div>
        </nav>
      )}
    </div>
  );
}

/** Bounds, ties and draws of one school, in words (nothing to say: empty). */
function RowNote({ schule }: { schule: SchuleErgebnis }) {
  const { t } = useTranslation();
  const notes: string[] = [];
  if (schule.begrenzung === 'untergrenze') notes.push(t('allocation.table.untergrenze'));
  if (schule.begrenzung === 'obergrenze') notes.push(t('allocation.table.obergrenze'));
  if (schule.losGewonnen === true) notes.push(t('allocation.table.losGewonnen'));
  else if (schule.losGewonnen === false) notes.push(t('allocation.table.losVerloren'));
  else if (schule.gleichstand) notes.push(t('allocation.table.gleichstand'));
  if (notes.length === 0) return null;
  return <span className="app-alloc-result__note">{notes.join('; ')}</span>;
}

/**
 * A paging button that stays focusable at the first or last page (aria-disabled instead of
 * disabled), so focus is not lost when the last page is reached with the keyboard.
 */
function PagerButton({ label, icon, isDisabled, onPress }: { label: string; icon: 'chevron-left' | 'chevron-right'; isDisabled: boolean; onPress: () => void }) {
  return (
    <button
      type="button"
      className={cx('kern-btn', 'kern-btn--secondary', 'kern-btn--x-small', 'app-btn', 'app-alloc-pager__button')}
      aria-disabled={isDisabled || undefined}
      onClick={() => {
        if (!isDisabled) onPress();
      }}
    >
      {icon === 'chevron-left' && <Icon name={icon} />}
      <span className="kern-label">{label}</span>
      {icon === 'chevron-right' && <Icon name={icon} />}
    </button>
  );
}
