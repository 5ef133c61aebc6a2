import '../shared/mapping.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Akteur } from '../../../../domain/mapping/contracts.js';
import { AppLink } from '../../../components/AppLink.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import { FormField } from '../../../components/FormField.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { SelectField } from '../../../components/SelectField.js';
import { useAkteurTypen, useEntityList, useSchoolName } from '../shared/api.js';
import { isId, useMappingKommune } from '../shared/kommune.js';
import { formatCount } from '../shared/format.js';
import { useLabels, vocab } from '../shared/labels.js';
import { akteurHref } from '../shared/links.js';
import { FilterForm, PAGE_SIZE, ResultCount, useListParams } from '../shared/list.js';
import { MappingSubnav } from '../shared/MappingSubnav.js';
import { ButtonLink, ChooseKommune, KommuneBar, SharedOnlyNotice, SiteNames } from '../shared/parts.js';
import { canCreate, readsAll } from '../shared/permissions.js';
import { SchoolPicker, type PickOption } from '../shared/pickers.js';
import { typOptions } from './AkteurFields.js';

const fields = ['suche', 'art', 'kreis', 'standort', 'archiv'] as const;
const all = '__alle__';

function Filters({ kommuneId, list }: { kommuneId: string; list: ReturnType<typeof useListParams<(typeof fields)[number]>> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const typen = useAkteurTypen(kommuneId);
  const siteName = useSchoolName(isId(list.values.standort) ? list.values.standort : null);
  const [suche, setSuche] = useState(list.values.suche);
  const [art, setArt] = useState(list.values.art || all);
  const [kreis, setKreis] = useState(list.values.kreis || all);
  const [standort, setStandort] = useState<PickOption | null>(isId(list.values.standort) ? { id: list.values.standort, name: '' } : null);
  const [archiv, setArchiv] = useState(list.values.archiv === 'ja' ? 'ja' : 'nein');
  const shownSite = standort && !standort.name && siteName.data ? { ...standort, name: siteName.data } : standort;

  return (
    <FilterForm
      label={t('mapping.akteure.filter')}
      resetHref={list.resetHref}
      showReset={list.active}
      onSubmit={() =>
        list.apply({ suche, art: art === all ? '' : art, kreis: kreis === all ? '' : kreis, standort: standort?.id ?? '', archiv: archiv === 'ja' ? 'ja' : '' })
      }
    >
      <FormField id="akteure-suche" type="search" label={t('mapping.akteure.search')} value={suche} onChange={setSuche} />
      <SelectField
        id="akteure-art"
        label={t('mapping.akteure.typ')}
        value={art}
        onChange={(v) => setArt(v ?? all)}
        options={[{ id: all, label: t('mapping.akteure.allTypen') }, ...typOptions(typen.data?.items ?? [], labels.typ)]}
      />
      <SelectField
        id="akteure-kreis"
        label={t('mapping.akteure.kreis')}
        value={kreis}
        onChange={(v) => setKreis(v ?? all)}
        options={[{ id: all, label: t('mapping.akteure.allKreise') }, ...vocab.kreise.map((k) => ({ id: k, label: labels.kreis(k) }))]}
      />
      <SchoolPicker id="akteure-standort" compact label={t('mapping.list.standort')} kommuneId={kommuneId} value={shownSite} onChange={setStandort} />
      <SelectField
        id="akteure-archiv"
        label={t('mapping.list.bestand')}
        value={archiv}
        onChange={(v) => setArchiv(v ?? 'nein')}
        options={[
          { id: 'nein', label: t('mapping.list.current') },
          { id: 'ja', label: t('mapping.list.archived') },
        ]}
      />
    </FilterForm>
  );
}

/** /akteure/liste?kommune=… — the actors of a Kommune with filters and paging. */
export function AkteureListPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const state = useMappingKommune();
  const { kommuneId, kommune, session } = state;
  const list = useListParams(fields);
  const v = list.values;
  const query = {
    q: v.suche || undefined,
    typ: v.art || undefined,
    kreis: (vocab.kreise as readonly string[]).includes(v.kreis) ? v.kreis : undefined,
    standortId: isId(v.standort) ? v.standort : undefined,
    archiviert: v.archiv === 'ja' ? 'true' : undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  };
  const akteure = useEntityList('akteure', kommuneId, query);
  const mayCreate = kommuneId ? canCreate(session, kommuneId) : false;

  const columns: Column<Akteur>[] = [
    { key: 'name', header: t('mapping.akteure.colName'), isRowHeader: true, render: (a) => <AppLink href={akteurHref(a.id)}>{a.name}</AppLink> },
    { key: 'typ', header: t('mapping.akteure.colTyp'), render: (a) => labels.typ(a.typ, a.typLabel) },
    { key: 'kreis', header: t('mapping.akteure.colKreis'), render: (a) => labels.kreis(a.kreis) },
    { key: 'standorte', header: t('mapping.akteure.colStandorte'), render: (a) => <SiteNames sites={a.standorte} /> },
    { key: 'geteilt', header: t('mapping.akteure.colGeteilt'), render: (a) => (a.geteilt ? t('common.yes') : t('common.no')) },
  ];

  return (
    <>
      <PageHeader
        preline={kommune?.name}
        title={t('mapping.akteure.title')}
        documentTitle={kommune ? t('mapping.akteure.documentTitle', { kommune: kommune.name }) : undefined}
        lead={t('mapping.akteure.lead')}
        actions={
          mayCreate && kommuneId ? (
            <ButtonLink href={`/akteure/neu?kommune=${encodeURIComponent(kommuneId)}`} icon="add">
              {t('mapping.akteure.create')}
            </ButtonLink>
          ) : undefined
        }
      />
      <MappingSubnav kommuneId={kommuneId} />
      <KommuneBar state={state} />
      {!kommuneId ? (
        state.waiting ? (
          <Loading />
        ) : (
          <ChooseKommune />
        )
      ) : (
        <>
          <SharedOnlyNotice show={!readsAll(session, kommuneId)} />
          <Filters key={`${kommuneId}-${list.key}`} kommuneId={kommuneId} list={list} />
          {akteure.isError ? (
            <QueryError error={akteure.error} onRetry={() => void akteure.refetch()} />
          ) : akteure.isPending ? (
            <Loading />
          ) : (
            <>
              <ResultCount text={t(v.archiv === 'ja' ? 'mapping.akteure.countArchived' : 'mapping.akteure.count', { count: akteure.data.total, formatted: formatCount(akteure.data.total) })} />
              <DataTable
                caption={t('mapping.akteure.caption')}
                captionHidden
                wide
                columns={columns}
                rows={akteure.data.items}
                rowKey={(a) => a.id}
                emptyText={list.active ? t('mapping.list.emptyFiltered') : t('mapping.akteure.empty', { kommune: kommune?.name ?? '' })}
                paging={{ page: akteure.data.page, pageSize: akteure.data.pageSize, total: akteure.data.total, hrefFor: list.hrefFor }}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
