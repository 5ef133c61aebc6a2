import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '../../components/AppLink.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Section } from '../../components/Section.js';
import { useSession } from '../../features/identity/session.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const session = useSession();
  return (
    <>
      <PageHeader title={t('pages.notFound.title')} lead={t('pages.notFound.text', { path: pathname })} />
      <Section title={t('pages.notFound.next')}>
        <ul className="kern-list kern-list--bullet">
          <li>
            <AppLink href="/">{t('common.toHome')}</AppLink>
          </li>
          {!session.data && (
            <li>
              <AppLink href="/anmelden">{t('login.title')}</AppLink>
            </li>
          )}
        </ul>
      </Section>
    </>
  );
}
