import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.js';
import { Section } from '../../components/Section.js';
import { MembershipList } from './MembershipList.js';
import { PasswordForm } from './PasswordForm.js';
import { ProfileForm } from './ProfileForm.js';
import { useCurrentSession } from './session.js';

/** /profil — own name, language, password, and the roles one holds. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  return (
    <>
      <PageHeader title={t('profile.title')} lead={t('profile.lead')} />
      <div className="app-columns">
        <Section title={t('profile.personal')}>
          <ProfileForm user={user} />
        </Section>
        <Section title={t('profile.password')}>
          <PasswordForm email={user.email} />
        </Section>
      </div>
      <Section title={t('profile.memberships')}>
        <MembershipList memberships={user.memberships} emptyText={t('home.noMemberships')} />
      </Section>
    </>
  );
}
