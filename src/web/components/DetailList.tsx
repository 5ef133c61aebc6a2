import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx.js';

/**
 * Label–value pairs of something the person may only read. An empty value (null, undefined, '')
 * reads "nicht angegeben" instead of leaving a blank.
 */
export function DetailList({ rows, className }: { rows: ReadonlyArray<[string, ReactNode]>; className?: string }) {
  const { t } = useTranslation();
  return (
    <dl className={cx('kern-description-list', 'app-detail-list', className)}>
      {rows.map(([key, value]) => (
        <div key={key} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{key}</dt>
          <dd className="kern-description-list-item__value">{value === null || value === undefined || value === '' ? <span className="app-muted">{t('common.notSet')}</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
