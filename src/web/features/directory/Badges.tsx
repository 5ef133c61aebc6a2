import { useTranslation } from 'react-i18next';

const steps = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * Sozialindex 1–9 (9 = highest burden): the number as text plus a nine-step scale. The scale is
 * decoration; the text says everything, so nothing depends on colour.
 */
export function SozialindexBadge({ value }: { value: number | null }) {
  const { t } = useTranslation();
  if (value === null) return <span className="app-muted app-nowrap">{t('directory.noIndex')}</span>;
  return (
    <span className="app-sozialindex" data-level={value}>
      <span className="app-sozialindex__value">{value}</span>
      <span className="kern-sr-only"> {t('directory.indexOfNine')}</span>
      <span className="app-sozialindex__scale" aria-hidden="true">
        {steps.map((step) => (
          <span key={step} className="app-sozialindex__step" data-filled={step <= value || undefined} />
        ))}
      </span>
    </span>
  );
}

/** Marks a school of the Startchancen programme (with text, not by colour). */
export function StartchancenBadge() {
  const { t } = useTranslation();
  return (
    <span className="kern-badge kern-badge--info kern-badge--small app-startchancen">
      <span className="kern-label">{t('directory.startchancen')}</span>
    </span>
  );
}

/** Source and licence of the school data; required wherever the data is shown. */
export function Attribution({ text }: { text: string | undefined }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <p className="kern-body kern-body--small app-attribution">
      <span className="app-attribution__label">{t('directory.attribution')}</span> {text}
    </p>
  );
}
