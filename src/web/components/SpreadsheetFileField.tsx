import { useId, type ChangeEvent, type RefObject } from 'react';
import { Icon } from './Icon.js';

/** A file field for CSV or XLSX uploads with label, hint and an error line it is described by. */
export function SpreadsheetFileField({
  label,
  hint,
  error,
  inputRef,
  className,
  onChange,
}: {
  label: string;
  hint: string;
  error: string | null | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
  className: string;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
}) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className={`kern-form-input app-field app-field--medium${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={inputId}>
        {label}
      </label>
      <p className="kern-hint" id={hintId}>
        {hint}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        className={className}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={onChange}
      />
      {error && (
        <p className="kern-error" id={errorId} role="alert">
          <Icon name="danger" />
          <span className="kern-body">{error}</span>
        </p>
      )}
    </div>
  );
}
