import { ErrorLine } from '../../../components/ErrorLine.js';
import { ChoiceFieldset, type ChoiceGroupProps } from '../../../components/RadioGroupField.js';
import { cx } from '../../../lib/cx.js';

/** Several values as checkboxes (KERN fieldset). */
export function CheckboxGroupField<V extends string>(props: ChoiceGroupProps<V> & { values: readonly V[]; onChange: (values: V[]) => void }) {
  const { id, options, values, onChange, error, isDisabled } = props;
  return (
    <ChoiceFieldset {...props}>
      {options.map((option, index) => {
        const inputId = index === 0 ? id : `${id}-${option.value}`;
        const checked = values.includes(option.value);
        return (
          <div key={option.value} className="kern-form-check app-check">
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
    </ChoiceFieldset>
  );
}

/** A single yes/no choice with an optional explanation. */
export function CheckboxField({ id, label, hint, checked, onChange, error }: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void; error?: string }) {
  return (
    <div className="app-mapping-single-check">
      <div className="kern-form-check app-check">
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
