import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../lib/useFormErrors.js';
import { Alert } from './Alert.js';

interface ErrorSummaryProps {
  errors: FormErrors;
  /** Field name → id of the element that should get focus. */
  fieldIds: Record<string, string>;
}

function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView({ block: 'center' });
}

/**
 * The list of problems above a form. It takes focus after each failed submit, so screen readers
 * announce it; every entry links to its field.
 */
export function ErrorSummary({ errors, fieldIds }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const entries = Object.entries(errors.fields);
  const visible = errors.form !== null || entries.length > 0;

  useEffect(() => {
    if (visible && errors.attempt > 0) ref.current?.focus();
  }, [visible, errors.attempt]);

  if (!visible) return null;
  return (
    <Alert
      ref={ref}
      variant="danger"
      tabIndex={-1}
      titleId={titleId}
      aria-labelledby={titleId}
      title={entries.length > 0 ? t('form.errorSummaryTitle') : t('form.requestFailedTitle')}
    >
      {errors.form && <p className="kern-body">{errors.form}</p>}
      {entries.length > 0 && (
        <ul className="kern-list kern-list--bullet app-error-list">
          {entries.map(([field, message]) => {
            const target = fieldIds[field];
            return (
              <li key={field} className="kern-body">
                {target ? (
                  <a
                    className="kern-link"
                    href={`#${target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(target);
                    }}
                  >
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      )}
      {errors.requestId && <p className="kern-body kern-body--small">{t('errors.requestId', { id: errors.requestId })}</p>}
    </Alert>
  );
}
