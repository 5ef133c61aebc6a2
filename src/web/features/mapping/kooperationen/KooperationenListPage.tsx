import '../shared/mapping.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { SelectField } from '../../../components/SelectField.js';
import { useEntity, useEntityList, useSchoolName } from '../shared/api.js';
import { isId, useMappingKommune } from '../shared/kommune.js';
import { formatCount } from '../shared/format.js';
import { useLabels, vocab } from '../shared/labels.js';
import { FilterForm, PAGE_SIZE, ResultCount, useListParams } from '../shared/list.js';
import { MappingSubnav } from '../shared/MappingSubnav.js';
import { ButtonLink, ChooseKommune, KommuneBar, SharedOnlyNotice } from '../shared/parts.js';
import { canCreate, readsAll } from '../shared/permissions.js';
import { AkteurPicker, SchoolPicker, type PickOption } from '../shared/pickers.js';
import { KooperationenTable } from './KooperationenTable.js';

const fields = ['akteur', 'standort', 'art', 'archiv'] as const;
const all = '__alle__';

function Filters({ kommuneId, list }: { kommuneId: string; list: ReturnType<typeof useListParams<(typeof fields)[number]>> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const v = list.values;
  const siteName = useSchoolName(isId(v.standort) ? v.standort : null);
  const akteurEntry = useEntity('akteure', isId(v.akteur) ? v.akteur : null);
  const [akteur, setAkteur] = useState<PickOption | null>(isId(v.akteur) ? { id: v.akteur, name: '' } : null);
  const [standort, setStandort] = useState<PickOption | null>(isId(v.standort) ? { id: v.standort, name: '' } : null);
  const [art, setArt] = useState(v.art || all);
  const [archiv, setArchiv] = useState(v.archiv === 'ja' ? 'ja' : 'nein');
  const shownSite = standort && !standort.name && siteName.data ? { ...standort, name: siteName.data } : standort;
  const shownAkteur = akteur && !akteur.name && akteurEntry.data ? { ...akteur, name: akteurEntry.data.name } : akteur;

  return (
    <FilterForm
      label={t('mapping.kooperationen.filter')}
      resetHref={list.resetHref}
      showReset={list.active}
      onSubmit={() => list.apply({ akteur: akteur?.id ?? '', standort: standort?.id ?? '', art: art === all ? '' : art, archiv: archiv === 'ja' ? 'ja' : '' })}
    >
      <AkteurPicker id="kooperationen-akteur" compact label={t('mapping.kooperationen.akteur')} kommuneId={kommuneId} value={shownAkteur} onChange={setAkteur} />
      <SchoolPicker id="kooperationen-standort" compact label={t('mapping.list.standort')} kommuneId={kommuneId} value={shownSite} onChange={setStandort} />
      <SelectField
        id="kooperationen-art"
        label={t('mapping.kooperationForm.typ')}
        value={art}
        onChange={(next) => setArt(next ?? all)}
        options={[{ id: all, label: t('mapping.kooperationen.allTypen') }, ...vocab.kooperationsTypen.map((k) => ({ id: k, label: labels.kooperationsTyp(k) }))]}
      />
      <SelectField
        id="kooperationen-archiv"
        label={t('mapping.list.bestand')}
        value={archiv}
        onChange={(next) => setArchiv(next ?? 'nein')}
        options={[
          { id: 'nein', label: t('mapping.list.current') },
          { id: 'ja', label: t('mapping.list.archived') },
        ]}
      />
    </FilterForm>
  );
}

/** /akteure/kooperationen?kommune=… */
export function KooperationenListPage() {
  const { t } = useTranslation();
  const state = useMappingKommune();
  const { kommuneId, kommune, session } = state;
  const list = useListParams(fields);
  const v = list.values;
  const query = {
    akteurId: isId(v.akteur) ? v.akteur : undefined,
    standortId: isId(v.standort) ? v.standort : undefined,
    typ: (vocab.kooperationsTypen as readonly string[]).includes(v.art) ? v.art : undefined,
    archiviert: v.archiv === 'ja' ? 'true' : undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  };
  const kooperationen = useEntityList('kooperationen', kommuneId, query);
  const mayCreate = kommuneId ? canCreate(session, kommuneId) : false;

  return (
    <>
      <PageHeader
        preline={kommune?.name}
        title={t('mapping.kooperationen.title')}
        documentTitle={kommune ? t('mapping.kooperationen.documentTitle', { kommune: kommune.name }) : undefined}
        lead={t('mapping.kooperationen.lead')}
        actions={
          mayCreate && kommuneId ? (
            <ButtonLink href={`/akteure/kooperationen/neu?kommune=${encodeURIComponent(kommuneId)}`} icon="add">
              {t('mapping.kooperationen.create')}
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
          {kooperationen.isError ? (
            <QueryError error={kooperationen.error} onRetry={() => void kooperationen.refetch()} />
          ) : kooperationen.isPending ? (
            <Loading />
          ) : (
            <>
              <ResultCount text={t(v.archiv === 'ja' ? 'mapping.kooperationen.countArchived' : 'mapping.kooperationen.count', { count: kooperationen.data.total, formatted: formatCount(kooperationen.data.total) })} />
              <KooperationenTable
                rows={kooperationen.data.items}
                caption={t('mapping.kooperationen.caption')}
                emptyText={list.active ? t('mapping.list.emptyFiltered') : t('mapping.kooperationen.empty', { kommune: kommune?.name ?? '' })}
                paging={{ page: kooperationen.data.page, pageSize: kooperationen.data.pageSize, total: kooperationen.data.total, hrefFor: list.hrefFor }}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
