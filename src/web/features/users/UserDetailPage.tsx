import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { UserWithMemberships } from '../../../domain/identity/contracts.js';
import { AppLink } from '../../components/AppLink.js';
import { Icon } from '../../components/Icon.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { isApiError } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { hasAbility, useCurrentSession } from '../identity/session.js';
import { AccessSection } from './AccessSection.js';
import { useUser } from './api.js';
import { GrantRoleForm } from './GrantRoleForm.js';
import { MembershipTable } from './MembershipTable.js';
import { StatusBadge } from './StatusBadge.js';

function BackLink() {
  const { t } = useTranslation();
  return (
    <p className="kern-body app-back-link">
      <AppLink href="/verwaltung/benutzer">
        <Icon name="arrow-back" />
        {t('userDetail.backToList')}
      </AppLink>
    </p>
  );
}

function Details({ user }: { user: UserWithMemberships }) {
  const { t } = useTranslation();
  const rows: Array<[string, ReactNode]> = [
    [t('userDetail.email'), <span className="app-break">{user.email}</span>],
    [t('userDetail.status'), <StatusBadge active={user.active} invited={user.invited} />],
    [t('userDetail.language'), t(`language.${user.locale}`)],
    [t('userDetail.createdAt'), formatDateTime(user.createdAt)],
    [t('userDetail.lastLogin'), user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('common.never')],
  ];
  return (
    <dl className="kern-description-list">
      {rows.map(([key, value]) => (
        <div key={key} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{key}</dt>
          <dd className="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** /verwaltung/benutzer/:id — details, roles (grant, remove), access (deactivate, reset link). */
export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const user = useUser(id);
  usePageTitle(user.data?.name ?? t('users.title'));

  if (user.isPending) {
    return (
      <>
        <BackLink />
        <h1 className="kern-heading-large app-page-title" tabIndex={-1}>
          {t('users.title')}
        </h1>
        <Loading />
      </>
    );
  }
  if (user.isError) {
    const notFound = isApiError(user.error) && (user.error.status === 404 || user.error.status === 400);
    return (
      <>
        <BackLink />
        <PageHeader title={notFound ? t('userDetail.notFound') : t('users.title')} />
        {!notFound && <QueryError error={user.error} onRetry={() => void user.refetch()} />}
      </>
    );
  }

  const person = user.data;
  const isSelf = person.id === session.user.id;
  return (
    <>
      <BackLink />
      <PageHeader title={person.name} lead={t('userDetail.lead')} />
      <Section title={t('userDetail.data')}>
        <Details user={person} />
        {hasAbility(session, 'audit.read') && (
          <p className="kern-body">
            <AppLink href={`/verwaltung/protokoll?person=${encodeURIComponent(person.id)}`}>{t('userDetail.auditLink')}</AppLink>
          </p>
        )}
      </Section>
      <Section title={t('userDetail.memberships')}>
        <MembershipTable user={person} />
        <GrantRoleForm userId={person.id} />
      </Section>
      <Section title={t('userDetail.access')}>
        <AccessSection user={person} isSelf={isSelf} />
      </Section>
    </>
  );
}
