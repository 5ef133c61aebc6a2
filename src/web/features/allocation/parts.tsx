import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { BackLink } from '../../components/BackLink.js';
import type { IconName } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { isApiError } from '../../lib/api.js';
import { cx } from '../../lib/cx.js';
import { allocationHome } from './format.js';

/** A link that looks like a KERN button (pages and downloads). */
export function ButtonLink({ href, icon, variant = 'primary', download, children }: { href: string; icon?: IconName | 'download'; variant?: 'primary' | 'secondary'; download?: boolean; children: ReactNode }) {
  const className = cx('kern-btn', `kern-btn--${variant}`, 'app-btn', 'app-alloc-button-link');
  const content = (
    <>
      {icon && <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />}
      <span className="kern-label">{children}</span>
    </>
  );
  // Downloads are plain anchors: the router must not try to render them as a page.
  if (download) {
    return (
      <a href={href} download className={className}>
        {content}
      </a>
    );
  }
  return (
    <Link href={href} className={className}>
      {content}
    </Link>
  );
}

/** Unknown or not visible (the server answers 404 for scenarios of other places). */
export const isNotFound = (error: unknown) => isApiError(error) && (error.status === 404 || error.status === 400);
export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

export function SzenarioNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <BackLink href={allocationHome}>{t('allocation.backToList')}</BackLink>
      <PageHeader title={t('allocation.notFound')} lead={t('allocation.notFoundText')} />
    </>
  );
}
