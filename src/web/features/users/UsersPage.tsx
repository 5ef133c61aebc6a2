import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import type { UserWithMemberships } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { FormField } from '../../components/FormField.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { SelectField } from '../../components/SelectField.js';
import { formatDateTime } from '../../lib/format.js';
import { scopeLabel, sortScopes, useScopes } from '../scopes/api.js';
import { useUsers } from './api.js';
import { InviteDialog } from './InviteDialog.js';
import { StatusBadge } from './StatusBadge.js';

const pageSize = 25;
const allScopes = '__alle__';

function usePaging() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('seite')) || 1);
  const q = params.get('suche') ?? '';
  const scopeId = params.get('einheit') ?? '';
  function hrefFor(next: number) {
    const copy = new URLSearchParams(params);
    copy.set('seite', String(next));
    return `?${copy.toString()}`;
  }
  function applyFilter(filter: { q: string; scopeId: string }) {
    const next = new URLSearchParams();
    if (filter.q.trim()) next.set('suche', filter.q.trim());
    if (filter.scopeId) next.set('einheit', filter.scopeId);
    setParams(next);
  }
  return { page, q, scopeId, hrefFor, applyFilter };
}

/** /verwaltung/benutzer — list with search, scope filter, paging, and the invite dialog. */
export function UsersPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const users = useUsers({ page: paging.page, pageSize, q: paging.q || undefined, scopeId: paging.scopeId || undefined });
  const scopes = useScopes();
  const [inviteOpen, setInviteOpen] = useState(false);
  const [search, setSearch] = useState(paging.q);
  const [scopeFilter, setScopeFilter] = useState<string>(paging.scopeId || allScopes);

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    paging.applyFilter({ q: search, scopeId: scopeFilter === allScopes ? '' : scopeFilter });
  }

  const columns: Column<UserWithMemberships>[] = [
    {
      key: 'name',
      header: t('users.colName'),
      isRowHeader: true,
      render: (user) => <AppLink href={`/verwaltung/benutzer/${user.id}`}>{user.name}</AppLink>,
    },
    { key: 'email', header: t('users.colEmail'), render: (user) => <span className="app-break">{user.email}</span> },
    {
      key: 'roles',
      header: t('users.colRoles'),
      render: (user) =>
        user.memberships.length === 0 ? (
          t('common.none')
        ) : (
          <ul className="app-plain-list">
            {user.memberships.map((membership) => (
              <li key={membership.id}>
                {t('users.membership', { role: t(`roles.${membership.role}`), scope: membership.scope.name })}
              </li>
            ))}
          </ul>
        ),
    },
    { key: 'status', header: t('users.colStatus'), render: (user) => <StatusBadge active={user.active} invited={user.invited} /> },
    {
      key: 'lastLogin',
      header: t('users.colLastLogin'),
      render: (user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('common.never')),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        lead={t('users.lead')}
        actions={
          <AppButton icon="add" onPress={() => setInviteOpen(true)}>
            {t('users.invite')}
          </AppButton>
        }
      />
      <Form onSubmit={onFilter} className="app-filter" role="search" aria-label={t('users.filter')}>
        <FormField id="benutzer-suche" label={t('users.search')} type="search" value={search} onChange={setSearch} />
        <SelectField
          id="benutzer-einheit"
          label={t('users.scopeFilter')}
          value={scopeFilter}
          onChange={(value) => setScopeFilter(value ?? allScopes)}
          options={[
            { id: allScopes, label: t('users.allScopes') },
            ...sortScopes(scopes.data?.items ?? []).map((scope) => ({ id: scope.id, label: scopeLabel(scope, t) })),
          ]}
        />
        <div className="app-filter__actions">
          <AppButton type="submit" variant="secondary" icon="search">
            {t('users.filter')}
          </AppButton>
        </div>
      </Form>
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <DataTable
          caption={t('users.tableCaption')}
          captionHidden
          wide
          columns={columns}
          rows={users.data.items}
          rowKey={(user) => user.id}
          emptyText={t('users.empty')}
          paging={{ page: users.data.page, pageSize: users.data.pageSize, total: users.data.total, hrefFor: paging.hrefFor }}
        />
      )}
      <InviteDialog isOpen={inviteOpen} onOpenChange={setInviteOpen} />
    </>
  );
}
