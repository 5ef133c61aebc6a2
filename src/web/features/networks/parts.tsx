import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { useLocation, useNavigate } from 'react-router';
import { BackLink } from '../../components/BackLink.js';
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

/** A single yes/no choice. */
export function CheckboxField({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="kern-form-check app-check">
      <input id={id} type="checkbox" className="kern-form-check__checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id} className="kern-label">
        {label}
      </label>
    </div>
  );
}
