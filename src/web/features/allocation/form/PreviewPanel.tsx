import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading } from '../../../components/Loading.js';
import { errorMessage, translateFieldMessage } from '../../../lib/errors.js';
import type { FieldErrors } from '../../../lib/forms.js';
import type { Vorschau } from '../api.js';
import { formatMenge, formatNumber } from '../format.js';
import { ResultFigures, ResultNotes } from '../parts/ResultFigures.js';
import { problemErrors } from './values.js';

const TOP = 10;

interface PreviewPanelProps {
  /** No scope chosen yet. */
  noScope: boolean;
  /** What is still missing or wrong in the model (client-side check); null when it is complete. */
  open: FieldErrors | null;
  preview: UseQueryResult<Vorschau>;
  /** The answer shown is for an earlier state of the form (a newer one is on its way). */
  stale: boolean;
}

/**
 * The model computed on the current school data without saving: totals, schools, schools left out
 * by reason, ties and draws, and the schools that receive most. Updated a moment after each change.
 */
export function PreviewPanel({ noScope, open, preview, stale }: PreviewPanelProps) {
  const { t } = useTranslation();
  const topId = useId();

  let status: string;
  let body: ReactNode = null;
  if (noScope) {
    status = t('allocation.preview.noScope');
  } else if (open) {
    status = t('allocation.preview.incomplete');
    body = (
      <ul className="kern-list kern-list--bullet app-alloc-preview__open">
        {Object.entries(open).map(([key, message]) => (
          <li key={key} className="kern-body">
            {translateFieldMessage(message)}
          </li>
        ))}
      </ul>
    );
  } else if (preview.isError) {
    const fields = problemErrors(preview.error);
    status = fields ? t('allocation.preview.notPossible') : t('allocation.preview.failed');
    body = fields ? (
      <ul className="kern-list kern-list--bullet app-alloc-preview__open">
        {Object.entries(fields).map(([key, message]) => (
          <li key={key} className="kern-body">
            {translateFieldMessage(message)}
          </li>
        ))}
      </ul>
    ) : (
      <p className="kern-body">{errorMessage(preview.error)}</p>
    );
  } else if (!preview.data) {
    status = t('allocation.preview.computing');
    body = <Loading label={t('allocation.preview.computing')} />;
  } else {
    const { ergebnis } = preview.data;
    status = t('allocation.preview.summary', {
      menge: formatMenge(ergebnis.summe, ergebnis.einheit),
      count: ergebnis.schulen.length,
      schulen: formatNumber(ergebnis.schulen.length, 0),
    });
    const top = [...ergebnis.schulen].sort((a, b) => b.menge - a.menge || Number(b.quote) - Number(a.quote)).slice(0, TOP);
    body = (
      <>
        <ResultFigures ergebnis={ergebnis} compact />
        <ResultNotes ergebnis={ergebnis} />
        <h3 id={topId} className="kern-heading-small app-alloc-preview__top-title">
          {t('allocation.preview.top', { count: top.length })}
        </h3>
        <ol className="app-alloc-preview__top" aria-labelledby={topId}>
          {top.map((s) => (
            <li key={s.schuleId} className="app-alloc-preview__top-item">
              <span className="app-alloc-preview__top-name">{s.name}</span>
              <span className="app-alloc-preview__top-menge">{formatMenge(s.menge, ergebnis.einheit)}</span>
              <span className="app-alloc-preview__top-detail">
                {s.sozialindex === null ? t('allocation.preview.topOhneIndex', { stufe: s.stufe }) : t('allocation.preview.topIndex', { stufe: s.sozialindex })}
                {' · '}
                {t('allocation.preview.topQuote', { quote: formatNumber(s.quote, 3) })}
              </span>
            </li>
          ))}
        </ol>
      </>
    );
  }

  return (
    <div className="app-alloc-preview" aria-busy={stale || undefined}>
      <h2 id="modell-vorschau-titel" className="kern-heading-small app-alloc-preview__title">
        {t('allocation.preview.title')}
      </h2>
      <p className="kern-body app-alloc-preview__status" role="status">
        {status}
        {stale && !noScope && !open && <span className="app-alloc-preview__stale"> {t('allocation.preview.updating')}</span>}
      </p>
      {body}
    </div>
  );
}
