import { useTranslation } from 'react-i18next';
import type { Scope } from '../../../domain/identity/contracts.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { sortScopes, useScopes } from './api.js';
import { CreateScopeForm } from './CreateScopeForm.js';

/** /verwaltung/organisationseinheiten — the units roles are assigned for, and a form to add one. */
export function ScopesPage() {
  const { t } = useTranslation();
  const scopes = useScopes();
  const items = sortScopes(scopes.data?.items ?? []);
  const byId = new Map(items.map((scope) => [scope.id, scope]));
  const columns: Column<Scope>[] = [
    { key: 'name', header: t('scopes.colName'), isRowHeader: true, render: (s) => s.name },
    { key: 'type', header: t('scopes.colType'), render: (s) => t(`scopeTypes.${s.type}`) },
    { key: 'code', header: t('scopes.colCode'), render: (s) => s.code ?? t('common.none') },
    { key: 'parent', header: t('scopes.colParent'), render: (s) => (s.parentId ? (byId.get(s.parentId)?.name ?? t('common.none')) : t('common.none')) },
  ];
  return (
    <>
      <PageHeader title={t('scopes.title')} lead={t('scopes.lead')} />
      <Section title={t('scopes.tableCaption')}>
        {scopes.isPending ? (
          <Loading />
        ) : scopes.isError ? (
          <QueryError error={scopes.error} onRetry={() => void scopes.refetch()} />
        ) : (
          <DataTable caption={t('scopes.tableCaption')} captionHidden columns={columns} rows={items} rowKey={(s) => s.id} emptyText={t('scopes.empty')} />
        )}
      </Section>
      <Section title={t('scopes.createTitle')}>
        <CreateScopeForm scopes={items} />
      </Section>
    </>
  );
}
