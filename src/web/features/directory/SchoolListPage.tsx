import '../../styles/directory.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentSession } from '../identity/session.js';
import { useKommunen, useSchools, useSchulformen, type SchoolSort, type SortDirection } from './api.js';
import { Attribution } from './Badges.js';
import { defaultKommuneId, emptyFilters, kommuneHref, hasFilters, listPath, listSearch, parseListParams, rememberListSearch, toQuery, type SchoolFilters } from './filters.js';
import { formatCount } from './format.js';
import { SchoolFilterForm } from './SchoolFilterForm.js';
import { SchoolTable } from './SchoolTable.js';

/** /verzeichnis — the school directory: filters, sortable table, paging; all of it in the address. */
export function SchoolListPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = parseListParams(params);
  const kommunen = useKommunen();
  const schulformen = useSchulformen();
  const defaultKommune = kommunen.data ? defaultKommuneId(session, kommunen.data.items) : null;
  const hasDefault = defaultKommune !== null;
  // Without a Kommune in the address the list starts with the person's own one (if any).
  const waitingForDefault = state.kommuneMissing && (kommunen.isPending || hasDefault);
  const schools = useSchools(toQuery(state), { enabled: !waitingForDefault });

  const search = params.toString();
  useEffect(() => {
    rememberListSearch(search ? `?${search}` : '');
  }, [search]);

  useEffect(() => {
    if (!state.kommuneMissing || !defaultKommune) return;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('kommune', defaultKommune);
        return next;
      },
      { replace: true },
    );
  }, [state.kommuneMissing, defaultKommune, setParams]);

  function href(changes: { filters?: SchoolFilters; sort?: SchoolSort; direction?: SortDirection; page?: number }): string {
    return `${listPath}${listSearch({ ...state, page: 1, ...changes }, hasDefault)}`;
  }

  const kommune = state.filters.kommuneId ? kommunen.data?.items.find((k) => k.id === state.filters.kommuneId) : undefined;
  const total = schools.data?.total;

  return (
    <>
      <PageHeader title={t('directory.listTitle')} lead={t('directory.listLead')} />
      {kommunen.isError ? (
        <QueryError error={kommunen.error} onRetry={() => void kommunen.refetch()} />
      ) : kommunen.isPending ? (
        <Loading />
      ) : (
        <SchoolFilterForm
          filters={state.filters}
          kommunen={kommunen.data.items}
          schulformen={schulformen.data?.items ?? []}
          onApply={(filters) => void navigate(href({ filters }))}
          onReset={() => void navigate(href({ filters: emptyFilters }))}
        />
      )}

      <div className="app-result-bar">
        <p className="kern-body app-result-count" role="status">
          {total === undefined ? '' : t('directory.resultCount', { count: total, formatted: formatCount(total) })}
        </p>
        {kommune && (
          <p className="kern-body app-result-bar__link">
            <AppLink href={kommuneHref(kommune.id)}>{t('directory.toKommune', { name: kommune.name })}</AppLink>
          </p>
        )}
      </div>

      {schools.isError ? (
        <QueryError error={schools.error} onRetry={() => void schools.refetch()} />
      ) : !schools.data ? (
        <Loading />
      ) : schools.data.items.length === 0 && schools.data.total > 0 ? (
        <p className="kern-body app-table__empty">
          {t('directory.pageOutOfRange')} <AppLink href={href({ page: 1 })}>{t('directory.toFirstPage')}</AppLink>
        </p>
      ) : schools.data.items.length === 0 ? (
        <p className="kern-body app-table__empty">{hasFilters(state.filters) ? t('directory.emptyFiltered') : t('directory.empty')}</p>
      ) : (
        <div aria-busy={schools.isFetching || undefined}>
          <SchoolTable
            schools={schools.data.items}
            sort={state.sort}
            direction={state.direction}
            sortHref={(sort, direction) => href({ sort, direction })}
            singleKommune={Boolean(state.filters.kommuneId)}
            paging={{
              page: schools.data.page,
              pageSize: schools.data.pageSize,
              total: schools.data.total,
              hrefFor: (page) => href({ page }),
            }}
          />
        </div>
      )}
      <Attribution text={schools.data?.attribution} />
    </>
  );
}
