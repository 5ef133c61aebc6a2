import type { ReactNode } from 'react';
import { cx } from '../lib/cx.js';

export type SortState = 'ascending' | 'descending' | 'none';

interface SortableHeaderProps {
  /** How the table is sorted by this column ('none' while another column sorts it). */
  state: SortState;
  numeric?: boolean;
  onSort: () => void;
  className?: string;
  children: ReactNode;
}

/** A column header whose button sorts the table; aria-sort tells screen readers the current order. */
export function SortableHeader({ state, numeric, onSort, className, children }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={state === 'none' ? undefined : state} className={cx('kern-table__header', numeric && 'kern-table__header--numeric', className)}>
      <button type="button" className="app-sort-button" onClick={onSort}>
        <span>{children}</span>
        <span className={cx('app-sort-button__indicator', `app-sort-button__indicator--${state}`)} aria-hidden="true" />
      </button>
    </th>
  );
}
