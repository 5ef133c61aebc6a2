import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import { FieldMessage } from '../../../components/FieldMessage.js';
import { Icon } from '../../../components/Icon.js';
import { cx } from '../../../lib/cx.js';

interface TextAreaFieldProps {
  /** Becomes the id of the text area, so the error summary can link to it. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  rows?: number;
  isReadOnly?: boolean;
}

/** Labelled multi-line text input in KERN look (react-aria TextField). */
export function TextAreaField({ id, label, value, onChange, error, hint, optional, rows = 4, isReadOnly }: TextAreaFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isReadOnly={isReadOnly}
      validationBehavior="aria"
      className={cx('kern-form-input', error && 'kern-form-input--error', 'app-field', 'app-field--wide')}
    >
      <Label className="kern-label">
        {label}
        {optional && <span className="kern-label__optional"> {t('common.optional')}</span>}
      </Label>
      {hint && (
        <Text slot="description" className="kern-hint">
          {hint}
        </Text>
      )}
      <TextArea rows={rows} className={cx('kern-form-input__input', 'app-mapping-textarea', error && 'kern-form-input__input--error')} />
      <FieldMessage error={error} />
    </TextField>
  );
}

/** An error line for the native fields below (react-aria's FieldError needs a react-aria field). */
export function ErrorLine({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="kern-error app-mapping-error">
      <Icon name="danger" />
      <span className="kern-body">{error}</span>
    </p>
  );
}

interface ChoiceGroupProps<V extends string> {
  /** The first input gets this id (the error summary links to it). */
  id: string;
  legend: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  horizontal?: boolean;
  isDisabled?: boolean;
}

function GroupFrame({ id, legend, error, hint, optional, horizontal, children }: Omit<ChoiceGroupProps<string>, 'options'> & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className={cx('kern-fieldset', error && 'kern-fieldset--error', 'app-mapping-fieldset')} aria-describedby={cx(hint ? `${id}-hint` : null, error ? `${id}-error` : null) || undefined}>
      <legend className="kern-label">
        {legend}
        {optional && <span className="kern-label__optional"> {t('common.optional')}</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="kern-hint">
          {hint}
        </p>
      )}
      <ErrorLine id={`${id}-error`} error={error} />
      <div className={cx('kern-fieldset__body', horizontal ? 'kern-fieldset__body--horizontal app-mapping-choices--row' : 'app-mapping-choices')}>{children}</div>
    </fieldset>
  );
}

/** One of a few values as radio buttons (KERN fieldset). */
export function RadioGroupField<V extends string>(props: ChoiceGroupProps<V> & { name: string; value: V | null; onChange: (value: V) => void }) {
  const { id, name, options, value, onChange, error, isDisabled } = props;
  return (
    <GroupFrame {...props}>
      {options.map((option, index) => {
        const inputId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="kern-form-check app-mapping-check">
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
    </GroupFrame>
  );
}

/** Several values as checkboxes (KERN fieldset). */
export function CheckboxGroupField<V extends string>(props: ChoiceGroupProps<V> & { values: readonly V[]; onChange: (values: V[]) => void }) {
  const { id, options, values, onChange, error, isDisabled } = props;
  return (
    <GroupFrame {...props}>
      {options.map((option, index) => {
        const inputId = index === 0 ? id : `${id}-${option.value}`;
        const checked = values.includes(option.value);
        return (
          <div key={option.value} className="kern-form-check app-mapping-check">
            <input
              id={inputId}
              type="checkbox"
              className="kern-form-check__checkbox"
              checked={checked}
              disabled={isDisabled}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                onChange(event.target.checked ? options.map((o) => o.value).filter((v) => v === option.value || values.includes(v)) : values.filter((v) => v !== option.value))
              }
            />
            <label htmlFor={inputId} className="kern-label">
              {option.label}
            </label>
          </div>
        );
      })}
    </GroupFrame>
  );
}

/** A single yes/no choice with an optional explanation. */
export function CheckboxField({ id, label, hint, checked, onChange, error }: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void; error?: string }) {
  return (
    <div className="app-mapping-single-check">
      <div className="kern-form-check app-mapping-check">
        <input
          id={id}
          type="checkbox"
          className="kern-form-check__checkbox"
          checked={checked}
          aria-describedby={cx(hint ? `${id}-hint` : null, error ? `${id}-error` : null) || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id} className="kern-label">
          {label}
        </label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="kern-hint app-mapping-single-check__hint">
          {hint}
        </p>
      )}
      <ErrorLine id={`${id}-error`} error={error} />
    </div>
  );
}
