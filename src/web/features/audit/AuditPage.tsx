import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { SelectField } from '../../components/SelectField.js';
import { formatDateTime } from '../../lib/format.js';
import { useUser } from '../users/api.js';
import { AuditChanges } from './AuditChanges.js';
import { actionLabel } from './labels.js';
import { isKnownEntityType, knownEntityTypes, useAudit } from './api.js';

const pageSize = 25;
const allTypes = '__alle__';

function ActorFilter({ actorId, clearHref }: { actorId: string; clearHref: string }) {
  const { t } = useTranslation();
  const actor = useUser(actorId);
  return (
    <p className="kern-body app-filter-note">
      {t('audit.actorFilter', { name: actor.data?.name ?? actorId })} · <AppLink href={clearHref}>{t('audit.clearActor')}</AppLink>
    </p>
  );
}

/** /verwaltung/protokoll — audit entries, newest first, filterable by area and person. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('seite')) || 1);
  const entityType = params.get('bereich') ?? '';
  const actorId = params.get('person') ?? '';
  const audit = useAudit({ page, pageSize, entityType: entityType || undefined, actorId: actorId || undefined });
  const [typeFilter, setTypeFilter] = useState(entityType || allTypes);

  function hrefWith(changes: Record<string, string | null>) {
    const copy = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) copy.delete(key);
      else copy.set(key, value);
    }
    const search = copy.toString();
    return search ? `?${search}` : '/verwaltung/protokoll';
  }

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (typeFilter !== allTypes) next.set('bereich', typeFilter);
    if (actorId) next.set('person', actorId);
    setParams(next);
  }

  function entityLabel(type: string) {
    return isKnownEntityType(type) ? t(`audit.entityTypes.${type}`) : type;
  }

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.colAt'), isRowHeader: true, render: (e) => <span className="app-nowrap">{formatDateTime(e.at)}</span> },
    {
      key: 'actor',
      header: t('audit.colActor'),
      render: (e) => (e.actorId ? <AppLink href={hrefWith({ person: e.actorId, seite: null })}>{e.actorName ?? e.actorId}</AppLink> : t('audit.system')),
    },
    { key: 'action', header: t('audit.colAction'), render: (e) => actionLabel(e.action, i18n.resolvedLanguage) },
    {
      key: 'entity',
      header: t('audit.colEntity'),
      render: (e) => (
        <>
          {entityLabel(e.entityType)}
          {e.entityId && <span className="app-muted app-break"> {e.entityId.slice(0, 8)}</span>}
        </>
      ),
    },
    { key: 'scope', header: t('audit.colScope'), render: (e) => e.scopeName ?? t('common.none') },
    { key: 'details', header: t('audit.changes'), render: (e) => <AuditChanges entry={e} /> },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} lead={t('audit.lead')} />
      <Form onSubmit={onFilter} className="app-filter" role="search" aria-label={t('audit.filter')}>
        <SelectField
          id="protokoll-bereich"
          label={t('audit.entityType')}
          value={typeFilter}
          onChange={(value) => setTypeFilter(value ?? allTypes)}
          options={[
            { id: allTypes, label: t('audit.allTypes') },
            ...knownEntityTypes.map((type) => ({ id: type, label: t(`audit.entityTypes.${type}`) })),
          ]}
        />
        <div className="app-filter__actions">
          <AppButton type="submit" variant="secondary" icon="search">
            {t('audit.filter')}
          </AppButton>
        </div>
      </Form>
      {actorId && <ActorFilter actorId={actorId} clearHref={hrefWith({ person: null, seite: null })} />}
      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <DataTable
          caption={t('audit.tableCaption')}
          captionHidden
          wide
          columns={columns}
          rows={audit.data.items}
          rowKey={(e) => String(e.id)}
          emptyText={t('audit.empty')}
          paging={{ page: audit.data.page, pageSize: audit.data.pageSize, total: audit.data.total, hrefFor: (p) => hrefWith({ seite: String(p) }) }}
        />
      )}
    </>
  );
}
