import { useTranslation } from 'react-i18next';

/** A polite loading notice. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="kern-body app-loading" role="status">
      <span className="app-loading__spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}
