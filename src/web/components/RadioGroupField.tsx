import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx.js';
import { ErrorLine } from './ErrorLine.js';

export interface ChoiceGroupProps<V extends string> {
  /** The first input gets this id (the error summary links to it). */
  id: string;
  legend: string;
  /** A hint is shown under its option's label and read out as the option's description. */
  options: ReadonlyArray<{ value: V; label: string; hint?: string }>;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  horizontal?: boolean;
  /** A visually hidden legend (the question is clear from the table row around it). */
  legendHidden?: boolean;
  isDisabled?: boolean;
}

/** The KERN fieldset around a group of radio buttons or checkboxes: legend, hint, error, options. */
export function ChoiceFieldset({ id, legend, error, hint, optional, horizontal, legendHidden, children }: Omit<ChoiceGroupProps<string>, 'options' | 'isDisabled'> & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className={cx('kern-fieldset', error && 'kern-fieldset--error', 'app-fieldset')} aria-describedby={cx(hint ? `${id}-hint` : null, error ? `${id}-error` : null) || undefined}>
      <legend className={cx('kern-label', legendHidden && 'kern-sr-only')}>
        {legend}
        {optional && <span className="kern-label__optional"> {t('common.optional')}</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="kern-hint">
          {hint}
        </p>
      )}
      <ErrorLine id={`${id}-error`} error={error} />
      <div className={cx('kern-fieldset__body', horizontal ? 'app-choices--row' : 'app-choices')}>{children}</div>
    </fieldset>
  );
}

/** One of a few values as radio buttons (KERN fieldset). */
export function RadioGroupField<V extends string>({ name, value, onChange, ...props }: ChoiceGroupProps<V> & { name: string; value: V | null; onChange: (value: V) => void }) {
  const { id, options, error, isDisabled } = props;
  return (
    <ChoiceFieldset {...props}>
      {options.map((option, index) => {
        const inputId = index === 0 ? id : `${id}-${option.value}`;
        const hintId = option.hint ? `${inputId}-beschreibung` : undefined;
        const label = (
          <label htmlFor={inputId} className="kern-label">
            {option.label}
          </label>
        );
        return (
          <div key={option.value} className={cx('kern-form-check', 'app-check', hintId && 'app-check--hinted')}>
            <input
              id={inputId}
              type="radio"
              name={name}
              className="kern-form-check__radio"
              checked={value === option.value}
              disabled={isDisabled}
              aria-describedby={hintId}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            {hintId ? (
              <div className="app-check__text">
                {label}
                <span id={hintId} className="app-check__hint">
                  {option.hint}
                </span>
              </div>
            ) : (
              label
            )}
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}
