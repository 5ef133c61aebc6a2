import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useLocation, useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink.js';
import { FieldMessage } from '../../components/FieldMessage.js';
import { Icon, type IconName } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { isApiError } from '../../lib/api.js';
import { cx } from '../../lib/cx.js';
import type { FieldErrors } from '../../lib/forms.js';
import type { FormErrorsApi } from '../../lib/useFormErrors.js';
import { errorMessage, translateFieldMessage } from '../../lib/errors.js';

/** A link that looks like a KERN button (for "anlegen" actions that open a page). */
export function ButtonLink({ href, icon, variant = 'primary', children }: { href: string; icon?: IconName; variant?: 'primary' | 'secondary'; children: ReactNode }) {
  return (
    <Link href={href} className={cx('kern-btn', `kern-btn--${variant}`, 'app-btn', 'app-networks-button-link')}>
      {icon && <Icon name={icon} />}
      <span className="kern-label">{children}</span>
    </Link>
  );
}

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="kern-body app-back-link">
      <AppLink href={href}>
        <Icon name="arrow-back" />
        {children}
      </AppLink>
    </p>
  );
}

export function Badge({ variant = 'info', children }: { variant?: 'info' | 'success' | 'warning' | 'danger'; children: ReactNode }) {
  return <span className={`kern-badge kern-badge--${variant} app-networks-badge`}>{children}</span>;
}

/** Label–value pairs of something the person may only read. */
export function DetailList({ rows }: { rows: ReadonlyArray<[string, ReactNode]> }) {
  const { t } = useTranslation();
  return (
    <dl className="kern-description-list app-networks-details">
      {rows.map(([key, value]) => (
        <div key={key} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{key}</dt>
          <dd className="kern-description-list-item__value">{value === null || value === undefined || value === '' ? <span className="app-muted">{t('networks.notSet')}</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Members only: for everybody else a network does not exist (the server answers 404). */
export function NetworkNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <BackLink href="/netzwerke">{t('networks.page.backToList')}</BackLink>
      <PageHeader title={t('networks.page.notFound')} lead={t('networks.page.notFoundText')} />
    </>
  );
}

/** The field of each server problem: "body.kommuneIds.0" → kommuneIds. */
export function problemFields(error: unknown): FieldErrors | null {
  if (!isApiError(error) || !error.problem?.errors?.length) return null;
  const out: FieldErrors = {};
  for (const entry of error.problem.errors) {
    for (const path of entry.field.split(',')) {
      const key = path.split(/[./]/).filter((part) => part && part !== 'body')[0] ?? '_form';
      if (!(key in out)) out[key] = entry.message;
    }
  }
  return out;
}

/** Field errors go to their fields and the summary; anything else to the summary alone. */
export function showProblem(errors: FormErrorsApi, error: unknown): void {
  const fields = problemFields(error);
  if (fields) errors.showFieldErrors(fields);
  else errors.showServerError(error);
}

/**
 * The sentence for an error. A 409 that is not an outdated version (e.g. "the last moderation
 * cannot leave") carries its own explanation, which the generic conflict text would hide.
 */
export function problemMessage(error: unknown): string {
  if (isApiError(error) && error.status === 409 && error.code !== 'conflict' && error.problem?.detail) return translateFieldMessage(error.problem.detail);
  return errorMessage(error);
}

export const isConflict = (error: unknown) => isApiError(error) && error.status === 409 && error.code === 'conflict';
export const isNotFound = (error: unknown) => isApiError(error) && (error.status === 404 || error.status === 400);
export const isForbidden = (error: unknown) => isApiError(error) && error.status === 403;

/**
 * The confirmation a create page passes along to the next page. It is read once and removed from
 * the history entry, so reloading the page does not announce it again.
 */
export function useFlashMessage(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [message] = useState(() => (location.state as { message?: string } | null)?.message ?? null);
  useEffect(() => {
    if (message) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    // Only once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return message;
}

/** Labelled multi-line text input in KERN look (react-aria TextField). */
export function TextAreaField({ id, label, value, onChange, error, hint, optional, rows = 4 }: { id: string; label: string; value: string; onChange: (value: string) => void; error?: string; hint?: string; optional?: boolean; rows?: number }) {
  const { t } = useTranslation();
  return (
    <TextField id={id} value={value} onChange={onChange} isInvalid={Boolean(error)} validationBehavior="aria" className={cx('kern-form-input', error && 'kern-form-input--error', 'app-field', 'app-networks-wide')}>
      <Label className="kern-label">
        {label}
        {optional && <span className="kern-label__optional"> {t('common.optional')}</span>}
      </Label>
      {hint && (
        <Text slot="description" className="kern-hint">
          {hint}
        </Text>
      )}
      <TextArea rows={rows} className={cx('kern-form-input__input', 'app-networks-textarea', error && 'kern-form-input__input--error')} />
      <FieldMessage error={error} />
    </TextField>
  );
}

/** An error line for native fields (react-aria's FieldError needs a react-aria field). */
export function ErrorLine({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="kern-error app-networks-error">
      <Icon name="danger" />
      <span className="kern-body">{error}</span>
    </p>
  );
}

interface RadioGroupFieldProps<V extends string> {
  /** The first input gets this id (the error summary links to it). */
  id: string;
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | null;
  onChange: (value: V) => void;
  error?: string;
  hint?: ReactNode;
  horizontal?: boolean;
  /** A visually hidden legend (the question is clear from the table row around it). */
  legendHidden?: boolean;
}

/** One of a few values as radio buttons (KERN fieldset). */
export function RadioGroupField<V extends string>({ id, name, legend, options, value, onChange, error, hint, horizontal, legendHidden }: RadioGroupFieldProps<V>) {
  return (
    <fieldset className={cx('kern-fieldset', error && 'kern-fieldset--error', 'app-networks-fieldset')} aria-describedby={cx(hint ? `${id}-hint` : null, error ? `${id}-error` : null) || undefined}>
      <legend className={cx('kern-label', legendHidden && 'kern-sr-only')}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="kern-hint">
          {hint}
        </p>
      )}
      <ErrorLine id={`${id}-error`} error={error} />
      <div className={cx('kern-fieldset__body', horizontal ? 'app-networks-choices--row' : 'app-networks-choices')}>
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="kern-form-check app-networks-check">
              <input
                id={inputId}
                type="radio"
                name={name}
                className="kern-form-check__radio"
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={inputId} className="kern-label">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A single yes/no choice. */
export function CheckboxField({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="kern-form-check app-networks-check">
      <input id={id} type="checkbox" className="kern-form-check__checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id} className="kern-label">
        {label}
      </label>
    </div>
  );
}
