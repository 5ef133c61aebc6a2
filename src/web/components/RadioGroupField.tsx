import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx.js';
import { ErrorLine } from './ErrorLine.js';

export interface ChoiceGroupProps<V extends string> {
  /** The first input gets this id (the error summary links to it). */
  id: string;
  legend: string;
  options: ReadonlyArray<{ value: V; label: string }>;
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
        return (
          <div key={option.value} className="kern-form-check app-check">
            <input
              id={inputId}
              type="radio"
              name={name}
              className="kern-form-check__radio"
              checked={value === option.value}
              disabled={isDisabled}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={inputId} className="kern-label">
              {option.label}
            </label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}
