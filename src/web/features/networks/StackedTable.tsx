import { useId, type ReactNode } from 'react';
import type { Column } from '../../components/DataTable.js';
import { cx } from '../../lib/cx.js';

export interface StackedColumn<T> extends Column<T> {
  /** On narrow screens the cell is shown as "<header>: value"; false shows the value alone. */
  stackLabel?: boolean;
  /** On narrow screens the cell takes a line of its own (short cells share a line). */
  stackFull?: boolean;
}

interface StackedTableProps<T> {
  caption: string;
  captionHidden?: boolean;
  columns: ReadonlyArray<StackedColumn<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  emptyText: string;
  /** Minimum width on wide screens before the table scrolls in its region. */
  minWidth?: string;
  /** An id for the wrapper (a target for links from an error summary). */
  id?: string;
}

/**
 * A semantic KERN table like DataTable that turns into one block per row on narrow screens, so
 * nothing important hides behind sideways scrolling. The roles are set explicitly because some
 * browsers drop table semantics once the layout of a table changes.
 */
export function StackedTable<T>({ caption, captionHidden, columns, rows, rowKey, rowClassName, emptyText, minWidth, id }: StackedTableProps<T>) {
  const captionId = useId();
  return (
    <div id={id} tabIndex={id ? -1 : undefined} className="app-table app-networks-stack">
      {rows.length === 0 ? (
        <p className="kern-body app-table__empty">{emptyText}</p>
      ) : (
        <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table role="table" className="kern-table kern-table--striped" style={minWidth ? { minWidth } : undefined}>
            <caption id={captionId} className={cx('kern-title', 'app-table__caption', captionHidden && 'kern-sr-only')}>
              {caption}
            </caption>
            <thead role="rowgroup">
              <tr role="row" className="kern-table__row">
                {columns.map((column) => (
                  <th key={column.key} role="columnheader" scope="col" className={cx('kern-table__header', column.numeric && 'kern-table__header--numeric', column.action && 'kern-table__header--action')}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup" className="kern-table__body">
              {rows.map((row) => (
                <tr key={rowKey(row)} role="row" className={cx('kern-table__row', rowClassName?.(row))}>
                  {columns.map((column) => {
                    const className = cx(
                      'kern-table__cell',
                      column.numeric && 'kern-table__cell--numeric',
                      column.action && 'kern-table__cell--action',
                      column.stackFull && 'app-networks-stack__full',
                    );
                    const content: ReactNode = column.render(row);
                    return column.isRowHeader ? (
                      <th key={column.key} role="rowheader" scope="row" className={cx(className, 'app-table__row-header')}>
                        {content}
                      </th>
                    ) : (
                      <td key={column.key} role="cell" className={className} data-label={column.stackLabel ? column.header : undefined}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
