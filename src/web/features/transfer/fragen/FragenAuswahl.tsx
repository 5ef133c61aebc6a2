import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorLine } from '../../../components/ErrorLine.js';
import { FormField } from '../../../components/FormField.js';
import { cx } from '../../../lib/cx.js';
import type { KontextFrageDto } from '../api.js';
import { useTransferLabels, vocab } from '../labels.js';

interface FragenAuswahlProps {
  /** The element the error summary links to: the filter field. */
  id: string;
  legend: string;
  hint?: string;
  fragen: readonly KontextFrageDto[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  max: number;
  error?: string;
  /** Questions the practice's context profile answers already (shown beside them). */
  answered?: ReadonlySet<string>;
}

const normalize = (s: string) => s.toLocaleLowerCase('de').normalize('NFD').replace(/\p{Diacritic}/gu, '');

/**
 * Context questions as checkboxes, one fieldset per dimension of the Kontextmodell (each can be
 * folded), with a filter that narrows every dimension at once. Chosen questions stay chosen while
 * the filter hides them.
 */
export function FragenAuswahl({ id, legend, hint, fragen, selected, onChange, max, error, answered }: FragenAuswahlProps) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const [filter, setFilter] = useState('');
  // A dimension the person opened or closed stays so; the others are open while they hold chosen questions.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const words = normalize(filter).split(/\s+/).filter(Boolean);
  const matches = (f: KontextFrageDto) => words.every((w) => normalize(`${f.frage} ${f.hinweis ?? ''}`).includes(w));
  const full = selected.length >= max;

  function toggle(frageId: string, checked: boolean) {
    onChange(checked ? [...selected, frageId] : selected.filter((s) => s !== frageId));
  }

  return (
    <div className={cx('app-lern-picker', error && 'app-lern-picker--error')}>
      <fieldset className={cx('kern-fieldset', error && 'kern-fieldset--error', 'app-fieldset')} aria-describedby={cx(hint ? `${id}-hint` : null, `${id}-count`, error ? `${id}-error` : null)}>
        <legend className="kern-label app-lern-picker__legend">{legend}</legend>
        {hint && (
          <p id={`${id}-hint`} className="kern-hint">
            {hint}
          </p>
        )}
        <ErrorLine id={`${id}-error`} error={error} />
        <div className="app-lern-picker__filter">
          <FormField id={id} type="search" label={t('transfer.fragen.filter')} hint={t('transfer.fragen.filterHint')} value={filter} onChange={setFilter} />
        </div>
        <p id={`${id}-count`} className="kern-body app-lern-picker__count" role="status">
          {t('transfer.fragen.chosen', { count: selected.length, max })}
        </p>
        {vocab.dimensionen.map((d) => {
          const all = fragen.filter((f) => f.dimension === d);
          const shown = all.filter(matches);
          const chosen = all.filter((f) => selected.includes(f.id)).length;
          const isOpen = words.length > 0 ? shown.length > 0 : (toggled.get(d) ?? chosen > 0);
          return (
            <details
              key={d}
              className="app-lern-picker__dimension"
              open={isOpen}
              onToggle={(e) => {
                const now = (e.currentTarget as HTMLDetailsElement).open;
                if (words.length > 0 || now === isOpen) return;
                setToggled((prev) => new Map(prev).set(d, now));
              }}
            >
              <summary className="app-lern-picker__summary">
                <span className="app-lern-picker__dim">{labels.dimension(d)}</span>{' '}
                <span className="app-lern-picker__dimcount">
                  {words.length > 0 ? t('transfer.fragen.dimensionFiltered', { shown: shown.length, count: all.length, chosen }) : t('transfer.fragen.dimensionCount', { count: all.length, chosen })}
                </span>
              </summary>
              <p className="kern-hint app-lern-picker__dimtext">{labels.dimensionText(d)}</p>
              {shown.length === 0 ? (
                <p className="kern-body app-muted">{t('transfer.fragen.noneMatch')}</p>
              ) : (
                <div className="app-choices">
                  {shown.map((f) => {
                    const inputId = `${id}-${f.id}`;
                    const checked = selected.includes(f.id);
                    const hintId = f.hinweis || answered?.has(f.id) ? `${inputId}-hinweis` : undefined;
                    return (
                      <div key={f.id} className="kern-form-check app-check app-check--hinted">
                        <input
                          id={inputId}
                          type="checkbox"
                          className="kern-form-check__checkbox"
                          checked={checked}
                          disabled={!checked && full}
                          aria-describedby={hintId}
                          aria-invalid={error ? true : undefined}
                          onChange={(e) => toggle(f.id, e.target.checked)}
                        />
                        <div className="app-check__text">
                          <label htmlFor={inputId} className="kern-label">
                            {f.frage}
                          </label>
                          {hintId && (
                            <span id={hintId} className="app-check__hint">
                              {answered?.has(f.id) && <span className="app-lern-picker__answered">{t('transfer.fragen.answered')}</span>}
                              {answered?.has(f.id) && f.hinweis ? ' ' : ''}
                              {f.hinweis}
                            </span>
                          )}
                        </div>
                      </div>
                    );
                  })}
                </div>
              )}
            </details>
          );
        })}
      </fieldset>
    </div>
  );
}
