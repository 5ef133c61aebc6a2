import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../domain/identity/contracts.js';

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '–';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Before/after of one audit entry: the fields that changed, each as "before → after". */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  if (fields.length === 0 && !entry.requestId) return <>{t('common.none')}</>;
  return (
    <details className="app-details">
      <summary className="kern-body">{t('common.details')}</summary>
      <dl className="app-changes">
        {fields.map((field) => (
          <div key={field} className="app-changes__item">
            <dt className="app-changes__field">{field}</dt>
            <dd className="app-changes__value app-break">
              <span className="kern-sr-only">{t('audit.before')}: </span>
              {show(before[field])}
              <span aria-hidden="true"> → </span>
              <span className="kern-sr-only">, {t('audit.after')}: </span>
              {show(after[field])}
            </dd>
          </div>
        ))}
        {entry.requestId && (
          <div className="app-changes__item">
            <dt className="app-changes__field">{t('audit.requestId')}</dt>
            <dd className="app-changes__value app-break">{entry.requestId}</dd>
          </div>
        )}
      </dl>
    </details>
  );
}
