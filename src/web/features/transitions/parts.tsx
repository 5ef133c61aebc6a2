import i18next from 'i18next';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import type { IconName } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { isApiError } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { cx } from '../../lib/cx.js';
import { rundeHref, transitionsHome } from './paths.js';

/** A link that looks like a KERN button. */
export function ButtonLink({ href, icon, variant = 'primary', children }: { href: string; icon?: IconName; variant?: 'primary' | 'secondary'; children: ReactNode }) {
  return (
    <Link href={href} className={cx('kern-btn', `kern-btn--${variant}`, 'app-btn', 'app-trans-button-link')}>
      {icon && <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />}
      <span className="kern-label">{children}</span>
    </Link>
  );
}

/** Unknown or not visible: the server answers 404 for rounds of other places. */
export const isNotFound = (error: unknown) => isApiError(error) && (error.status === 404 || error.status === 400);
export const isForbidden = (error: unknown) => isApiError(error) && error.status === 403;
export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

/** A round (or a part of it) that does not exist or that the person may not open. */
export function NoAccess({ error, rundeId }: { error: unknown; rundeId?: string }) {
  const { t } = useTranslation();
  const forbidden = isForbidden(error);
  return (
    <>
      <BackLink href={transitionsHome}>{t('transitions.backToList')}</BackLink>
      <PageHeader title={forbidden ? t('transitions.noAccess') : t('transitions.notFound')} lead={forbidden ? t('transitions.noAccessText') : t('transitions.notFoundText')} />
      {rundeId && forbidden && (
        <p className="kern-body">
          <AppLink href={rundeHref(rundeId)}>{t('transitions.toRound')}</AppLink>
        </p>
      )}
    </>
  );
}

/** Pages of a round answer 404 or 403 with this page, other errors with a retry. */
export const isNoAccess = (error: unknown) => isNotFound(error) || isForbidden(error);

/** A stale version: the server's own sentence says what changed (German only; English falls back to the general text). */
export function actionMessage(error: unknown): string {
  if (isConflict(error) && isApiError(error) && error.problem?.detail && (i18next.resolvedLanguage ?? 'de').startsWith('de')) return error.problem.detail;
  return errorMessage(error);
}
