import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Alert } from '../../../components/Alert.js';
import { Icon, type IconName } from '../../../components/Icon.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { isApiError } from '../../../lib/api.js';
import { cx } from '../../../lib/cx.js';
import type { FieldErrors } from '../../../lib/forms.js';
import type { FormErrorsApi } from '../../../lib/useFormErrors.js';
import type { useMappingKommune } from './kommune.js';
import { KommunePicker } from './pickers.js';

/** A link that looks like a KERN button (for "anlegen" actions that open a page). */
export function ButtonLink({ href, icon, variant = 'primary', children }: { href: string; icon?: IconName; variant?: 'primary' | 'secondary'; children: ReactNode }) {
  return (
    <Link href={href} className={cx('kern-btn', `kern-btn--${variant}`, 'app-btn', 'app-mapping-button-link')}>
      {icon && <Icon name={icon} />}
      <span className="kern-label">{children}</span>
    </Link>
  );
}

/** The Kommune picker of a page, with loading and error states. */
export function KommuneBar({ state }: { state: ReturnType<typeof useMappingKommune> }) {
  const id = useId();
  const { kommunen, kommuneId, choose } = state;
  return (
    <div className="app-mapping-kommune">
      {kommunen.isError ? (
        <QueryError error={kommunen.error} onRetry={() => void kommunen.refetch()} />
      ) : kommunen.isPending ? (
        <Loading />
      ) : (
        <KommunePicker id={`${id}-kommune`} kommunen={kommunen.data.items} value={kommuneId} onChange={choose} />
      )}
    </div>
  );
}

export function ChooseKommune() {
  const { t } = useTranslation();
  return (
    <Alert variant="info" title={t('mapping.chooseKommune')}>
      <p className="kern-body">{t('mapping.chooseKommuneHint')}</p>
    </Alert>
  );
}

/** People outside the Kommune see only what it shared. */
export function SharedOnlyNotice({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Alert variant="info" title={t('mapping.sharedOnlyTitle')}>
      <p className="kern-body">{t('mapping.sharedOnly')}</p>
    </Alert>
  );
}

/** Names of sites as a short text: the first three and how many more. */
export function SiteNames({ sites, max = 3 }: { sites: ReadonlyArray<{ id: string; name: string }>; max?: number }) {
  const { t } = useTranslation();
  if (sites.length === 0) return <span className="app-muted">{t('mapping.noSites')}</span>;
  const shown = sites.slice(0, max).map((s) => s.name);
  const more = sites.length - shown.length;
  return <>{more > 0 ? t('mapping.sitesAndMore', { names: shown.join(', '), count: more }) : shown.join(', ')}</>;
}

/** The field of each server problem: "body.altersphasen.0" → altersphasen. */
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

export const isConflict = (error: unknown) => isApiError(error) && error.status === 409 && error.code === 'conflict';
export const isGone = (error: unknown) => isApiError(error) && (error.status === 404 || error.status === 400);
