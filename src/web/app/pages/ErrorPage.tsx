import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { PageHeader } from '../../components/PageHeader.js';
import { errorRequestId } from '../../lib/errors.js';
import { NotFoundPage } from './NotFoundPage.js';

/** Shown inside the layout when a page crashes. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const requestId = errorRequestId(error);
  return (
    <>
      <PageHeader title={t('pages.error.title')} lead={t('pages.error.text')} />
      {requestId && <p className="kern-body">{t('errors.requestId', { id: requestId })}</p>}
      <div className="app-actions">
        <AppButton variant="primary" onPress={() => window.location.reload()}>
          {t('common.reload')}
        </AppButton>
        <AppLink href="/">{t('common.toHome')}</AppLink>
      </div>
    </>
  );
}
