import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schule } from '../../../domain/directory/contracts.js';
import { AppLink } from '../../components/AppLink.js';
import { Pagination } from '../../components/Pagination.js';
import { cx } from '../../lib/cx.js';
import type { SchoolSort, SortDirection } from './api.js';
import { SozialindexBadge, StartchancenBadge } from './Badges.js';
import { kommuneHref, listHref, schoolHref } from './filters.js';
import { formatCount } from './format.js';

interface SchoolColumn {
  key: string;
  header: string;
  sort?: SchoolSort;
  numeric?: boolean;
  isRowHeader?: boolean;
  render: (school: Schule) => ReactNode;
}

interface SchoolTableProps {
  schools: readonly Schule[];
  sort: SchoolSort;
  direction: SortDirection;
  /** Link that sorts by a column (first ascending, then the other way round). */
  sortHref: (sort: SchoolSort, direction: SortDirection) => string;
  /** One Kommune is chosen: its name would repeat in every row, so show the Sozialraum instead. */
  singleKommune: boolean;
  paging: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string };
}

/** Only the active column shows its direction; the others are recognisable as links. */
function SortIndicator({ state }: { state: 'ascending' | 'descending' | 'none' }) {
  if (state === 'none') return null;
  return <span className={`kern-icon kern-icon--small kern-icon--arrow-${state === 'ascending' ? 'up' : 'down'}`} aria-hidden="true" />;
}

/** "Förderschule Realschule/Gymnasium" may wrap after the slash in a narrow column. */
function BreakAfterSlash({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <>
              /<wbr />
            </>
          )}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The school list as a semantic table with server-side sorting: each sortable header is a link
 * (so the sort order lives in the address) and carries aria-sort while it is active.
 */
export function SchoolTable({ schools, sort, direction, sortHref, singleKommune, paging }: SchoolTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const columns: SchoolColumn[] = [
    {
      key: 'name',
      header: t('directory.colName'),
      sort: 'name',
      isRowHeader: true,
      // Startchancen schools carry their badge under the name (most schools are not, so no column).
      render: (s) => (
        <>
          <AppLink href={schoolHref(s)}>{s.name}</AppLink>
          {s.startchancen && (
            <span className="app-school-table__badge">
              <StartchancenBadge />
            </span>
          )}
        </>
      ),
    },
    { key: 'schulnummer', header: t('directory.colSchulnummer'), sort: 'schulnummer', render: (s) => s.schulnummer },
    { key: 'schulform', header: t('directory.colSchulform'), sort: 'schulform', render: (s) => <BreakAfterSlash text={s.schulform} /> },
    singleKommune
      ? {
          key: 'sozialraum',
          header: t('directory.colSozialraum'),
          render: (s) =>
            s.sozialraumId ? (
              <AppLink href={listHref({ kommuneId: s.kommuneId, sozialraumId: s.sozialraumId })}>{s.sozialraumName}</AppLink>
            ) : (
              <span className="app-muted">{t('common.none')}</span>
            ),
        }
      : { key: 'kommune', header: t('directory.colKommune'), sort: 'kommune', render: (s) => <AppLink href={kommuneHref(s.kommuneId)}>{s.kommuneName}</AppLink> },
    {
      key: 'schueler',
      header: t('directory.colSchueler'),
      sort: 'schueler',
      numeric: true,
      render: (s) => (s.schueler === null ? <span className="app-muted">{t('common.none')}</span> : formatCount(s.schueler)),
    },
    { key: 'sozialindex', header: t('directory.colSozialindex'), sort: 'sozialindex', render: (s) => <SozialindexBadge value={s.sozialindex} /> },
  ];

  return (
    <div className="app-table app-school-table">
      <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="kern-table kern-table--striped">
          <caption id={captionId} className="kern-sr-only">
            {t('directory.tableCaption')}
          </caption>
          <thead>
            <tr className="kern-table__row">
              {columns.map((column) => {
                const active = column.sort === sort;
                const state = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={column.sort && active ? state : undefined}
                    className={cx('kern-table__header', column.numeric && 'kern-table__header--numeric', column.sort && 'app-sort')}
                  >
                    {column.sort ? (
                      <AppLink
                        href={sortHref(column.sort, active && direction === 'asc' ? 'desc' : 'asc')}
                        className="app-sort__link kern-link--no-visited-state"
                      >
                        <span>{column.header}</span>
                        <SortIndicator state={state} />
                      </AppLink>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {schools.map((school) => (
              <tr key={school.id} className="kern-table__row">
                {columns.map((column) => {
                  const className = cx('kern-table__cell', column.numeric && 'kern-table__cell--numeric');
                  return column.isRowHeader ? (
                    <th key={column.key} scope="row" className={cx(className, 'app-table__row-header')}>
                      {column.render(school)}
                    </th>
                  ) : (
                    <td key={column.key} className={className}>
                      {column.render(school)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination {...paging} what={t('directory.tableCaption')} />
    </div>
  );
}
