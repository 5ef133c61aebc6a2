import { ChoiceFieldset } from '../../../components/RadioGroupField.js';

interface HintedRadioGroupProps<V extends string> {
  /** The first radio button gets this id (the error summary links to it). */
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: V; label: string; hint: string }>;
  value: V | null;
  onChange: (value: V) => void;
  error?: string;
}

/** Radio buttons, each with a one-line explanation under its label (read out as its description). */
export function HintedRadioGroup<V extends string>({ id, name, legend, hint, options, value, onChange, error }: HintedRadioGroupProps<V>) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {options.map((option, index) => {
        const inputId = index === 0 ? id : `${id}-${option.value}`;
        const hintId = `${inputId}-beschreibung`;
        return (
          <div key={option.value} className="kern-form-check app-check app-alloc-hinted">
            <input
              id={inputId}
              type="radio"
              name={name}
              className="kern-form-check__radio"
              checked={value === option.value}
              aria-describedby={hintId}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <div className="app-alloc-hinted__text">
              <label htmlFor={inputId} className="kern-label">
                {option.label}
              </label>
              <span id={hintId} className="app-alloc-hinted__hint">
                {option.hint}
              </span>
            </div>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}
