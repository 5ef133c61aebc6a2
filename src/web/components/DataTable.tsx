import { useId, type ReactNode } from 'react';
import { cx } from '../lib/cx.js';
import { Pagination } from './Pagination.js';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  numeric?: boolean;
  action?: boolean;
  /** The row header (usually the name column). */
  isRowHeader?: boolean;
}

interface PagingProps {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
}

interface DataTableProps<T> {
  caption: string;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  emptyText: string;
  paging?: PagingProps;
  captionHidden?: boolean;
  /** Many columns: a minimum width, scrolling sideways on narrow screens. */
  wide?: boolean;
}

/**
 * Semantic KERN table. It scrolls sideways inside its own focusable region on narrow screens,
 * so the page itself never needs a horizontal scrollbar.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, emptyText, paging, captionHidden, wide }: DataTableProps<T>) {
  const captionId = useId();
  return (
    <div className={cx('app-table', wide && 'app-table--wide')}>
      {rows.length === 0 ? (
        <p className="kern-body app-table__empty">{emptyText}</p>
      ) : (
        <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="kern-table kern-table--striped">
            <caption id={captionId} className={cx('kern-title', 'app-table__caption', captionHidden && 'kern-sr-only')}>
              {caption}
            </caption>
            <thead>
              <tr className="kern-table__row">
                {columns.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={cx(
                      'kern-table__header',
                      column.numeric && 'kern-table__header--numeric',
                      column.action && 'kern-table__header--action',
                    )}
                  >
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((row) => (
                <tr key={rowKey(row)} className="kern-table__row">
                  {columns.map((column) => {
                    const className = cx(
                      'kern-table__cell',
                      column.numeric && 'kern-table__cell--numeric',
                      column.action && 'kern-table__cell--action',
                    );
                    return column.isRowHeader ? (
                      <th key={column.key} scope="row" className={cx(className, 'app-table__row-header')}>
                        {column.render(row)}
                      </th>
                    ) : (
                      <td key={column.key} className={className}>
                        {column.render(row)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paging && <Pagination {...paging} what={caption} />}
    </div>
  );
}
