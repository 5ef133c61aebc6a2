import { useTranslation } from 'react-i18next';
import { moduleRoutes } from '../../app/modules.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Section } from '../../components/Section.js';
import { formatDateTime } from '../../lib/format.js';
import { MembershipList } from '../identity/MembershipList.js';
import { useCurrentSession } from '../identity/session.js';
import { MyWorkCard } from '../networks/meetings/MyWorkCard.js';
import { ModuleTile } from './ModuleTile.js';

/** Start page: greeting, own roles, one tile per module. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  return (
    <>
      <PageHeader
        title={t('home.title', { name: user.name })}
        documentTitle={t('nav.home')}
        lead={t('home.lead')}
      />
      <MyWorkCard />
      <Section title={t('home.memberships')}>
        <MembershipList memberships={user.memberships} emptyText={t('home.noMemberships')} />
        {user.lastLoginAt && (
          <p className="kern-body kern-body--small kern-body--muted">{t('home.lastLogin', { date: formatDateTime(user.lastLoginAt) })}</p>
        )}
      </Section>
      <Section title={t('home.modules')}>
        <ul className="app-tiles">
          {moduleRoutes.map((module) => (
            <li key={module.key}>
              <ModuleTile moduleKey={module.key} path={module.path} />
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
