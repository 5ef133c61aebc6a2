import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink.js';
import { PageHeader } from '../../components/PageHeader.js';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.forbidden.title')} lead={t('pages.forbidden.text')} />
      <p className="kern-body">
        <AppLink href="/">{t('common.toHome')}</AppLink>
      </p>
    </>
  );
}
