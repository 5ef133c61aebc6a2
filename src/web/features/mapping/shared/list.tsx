import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { AppButton } from '../../../components/AppButton.js';
import { AppLink } from '../../../components/AppLink.js';

export const PAGE_SIZE = 25;

/**
 * Filters and page of a list live in the address (German parameter names), so a filtered list can
 * be reloaded, bookmarked and shared. `apply` keeps the Kommune and starts again on page 1.
 */
export function useListParams<F extends string>(fields: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get('seite'))) || 1);
  const values = Object.fromEntries(fields.map((f) => [f, params.get(f) ?? ''])) as Record<F, string>;
  const kommune = params.get('kommune');
  const active = fields.some((f) => values[f] !== '');

  function hrefFor(next: number) {
    const copy = new URLSearchParams(params);
    copy.set('seite', String(next));
    return `?${copy.toString()}`;
  }
  function apply(next: Partial<Record<F, string>>) {
    const out = new URLSearchParams();
    if (kommune) out.set('kommune', kommune);
    for (const f of fields) {
      const value = next[f]?.trim();
      if (value) out.set(f, value);
    }
    setParams(out);
  }
  const resetHref = kommune ? `?kommune=${encodeURIComponent(kommune)}` : '?';
  return { page, values, active, hrefFor, apply, resetHref, key: params.toString() };
}

/** The filter box above a list: fields, "Filtern" and a link that removes all filters. */
export function FilterForm({ label, onSubmit, resetHref, showReset, children }: { label: string; onSubmit: () => void; resetHref: string; showReset: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
      className="app-filter app-mapping-filter"
      role="search"
      aria-label={label}
    >
      {children}
      <div className="app-actions app-mapping-filter__actions">
        <AppButton type="submit" variant="secondary" icon="search">
          {t('mapping.list.filter')}
        </AppButton>
        {showReset && <AppLink href={resetHref}>{t('mapping.list.resetFilter')}</AppLink>}
      </div>
    </Form>
  );
}

/** "12 Akteure gefunden" – a live region, so a new result is announced. */
export function ResultCount({ text }: { text: string | null }) {
  return (
    <p className="kern-body app-mapping-count" role="status">
      {text}
    </p>
  );
}
