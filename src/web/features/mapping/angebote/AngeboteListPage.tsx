import '../shared/mapping.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField.js';
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
import { AngeboteTable } from './AngeboteTable.js';

const fields = ['suche', 'handlungsfeld', 'ebene', 'altersphase', 'finanzierung', 'status', 'traeger', 'standort', 'archiv'] as const;
const all = '__alle__';
const known = (list: readonly string[], value: string) => (list.includes(value) ? value : undefined);

function Filters({ kommuneId, list }: { kommuneId: string; list: ReturnType<typeof useListParams<(typeof fields)[number]>> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const v = list.values;
  const siteName = useSchoolName(isId(v.standort) ? v.standort : null);
  const traegerEntry = useEntity('akteure', isId(v.traeger) ? v.traeger : null);
  const [suche, setSuche] = useState(v.suche);
  const [handlungsfeld, setHandlungsfeld] = useState(v.handlungsfeld || all);
  const [ebene, setEbene] = useState(v.ebene || all);
  const [altersphase, setAltersphase] = useState(v.altersphase || all);
  const [finanzierung, setFinanzierung] = useState(v.finanzierung || all);
  const [status, setStatus] = useState(v.status || all);
  const [traeger, setTraeger] = useState<PickOption | null>(isId(v.traeger) ? { id: v.traeger, name: '' } : null);
  const [standort, setStandort] = useState<PickOption | null>(isId(v.standort) ? { id: v.standort, name: '' } : null);
  const [archiv, setArchiv] = useState(v.archiv === 'ja' ? 'ja' : 'nein');
  const shownSite = standort && !standort.name && siteName.data ? { ...standort, name: siteName.data } : standort;
  const shownTraeger = traeger && !traeger.name && traegerEntry.data ? { ...traeger, name: traegerEntry.data.name } : traeger;
  const choice = (value: string) => (value === all ? '' : value);
  const select = (id: string, label: string, value: string, set: (v: string) => void, allLabel: string, options: Array<{ id: string; label: string }>) => (
    <SelectField id={id} label={label} value={value} onChange={(next) => set(next ?? all)} options={[{ id: all, label: allLabel }, ...options]} />
  );

  return (
    <FilterForm
      label={t('mapping.angebote.filter')}
      resetHref={list.resetHref}
      showReset={list.active}
      onSubmit={() =>
        list.apply({
          suche,
          handlungsfeld: choice(handlungsfeld),
          ebene: choice(ebene),
          altersphase: choice(altersphase),
          finanzierung: choice(finanzierung),
          status: choice(status),
          traeger: traeger?.id ?? '',
          standort: standort?.id ?? '',
          archiv: archiv === 'ja' ? 'ja' : '',
        })
      }
    >
      <FormField id="angebote-suche" type="search" label={t('mapping.angebote.search')} value={suche} onChange={setSuche} />
      {select('angebote-handlungsfeld', t('mapping.angebotForm.handlungsfeld'), handlungsfeld, setHandlungsfeld, t('mapping.angebote.allHandlungsfelder'), vocab.handlungsfelder.map((h) => ({ id: h, label: labels.handlungsfeld(h) })))}
      {select('angebote-ebene', t('mapping.angebotForm.ebene'), ebene, setEbene, t('mapping.angebote.allEbenen'), vocab.ebenen.map((e) => ({ id: e, label: labels.ebene(e) })))}
      {select('angebote-altersphase', t('mapping.angebote.altersphase'), altersphase, setAltersphase, t('mapping.angebote.allAltersphasen'), vocab.altersphasen.map((a) => ({ id: a, label: labels.altersphase(a) })))}
      {select('angebote-finanzierung', t('mapping.angebotForm.finanzierung'), finanzierung, setFinanzierung, t('mapping.angebote.allFinanzierungen'), vocab.finanzierungen.map((f) => ({ id: f, label: labels.finanzierung(f) })))}
      {select('angebote-status', t('mapping.angebotForm.status'), status, setStatus, t('mapping.angebote.allStatus'), vocab.status.map((s) => ({ id: s, label: labels.status(s) })))}
      <AkteurPicker id="angebote-traeger" compact label={t('mapping.angebotForm.traeger')} kommuneId={kommuneId} value={shownTraeger} onChange={setTraeger} />
      <SchoolPicker id="angebote-standort" compact label={t('mapping.list.standort')} kommuneId={kommuneId} value={shownSite} onChange={setStandort} />
      <SelectField
        id="angebote-archiv"
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

/** /akteure/angebote?kommune=… — the offers of a Kommune with filters and paging. */
export function AngeboteListPage() {
  const { t } = useTranslation();
  const state = useMappingKommune();
  const { kommuneId, kommune, session } = state;
  const list = useListParams(fields);
  const v = list.values;
  const query = {
    q: v.suche || undefined,
    handlungsfeld: known(vocab.handlungsfelder, v.handlungsfeld),
    ebene: known(vocab.ebenen, v.ebene),
    altersphase: known(vocab.altersphasen, v.altersphase),
    finanzierung: known(vocab.finanzierungen, v.finanzierung),
    status: known(vocab.status, v.status),
    akteurId: isId(v.traeger) ? v.traeger : undefined,
    standortId: isId(v.standort) ? v.standort : undefined,
    archiviert: v.archiv === 'ja' ? 'true' : undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  };
  const angebote = useEntityList('angebote', kommuneId, query);
  const mayCreate = kommuneId ? canCreate(session, kommuneId) : false;

  return (
    <>
      <PageHeader
        preline={kommune?.name}
        title={t('mapping.angebote.title')}
        documentTitle={kommune ? t('mapping.angebote.documentTitle', { kommune: kommune.name }) : undefined}
        lead={t('mapping.angebote.lead')}
        actions={
          mayCreate && kommuneId ? (
            <ButtonLink href={`/akteure/angebote/neu?kommune=${encodeURIComponent(kommuneId)}`} icon="add">
              {t('mapping.angebote.create')}
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
          {angebote.isError ? (
            <QueryError error={angebote.error} onRetry={() => void angebote.refetch()} />
          ) : angebote.isPending ? (
            <Loading />
          ) : (
            <>
              <ResultCount text={t(v.archiv === 'ja' ? 'mapping.angebote.countArchived' : 'mapping.angebote.count', { count: angebote.data.total, formatted: formatCount(angebote.data.total) })} />
              <AngeboteTable
                rows={angebote.data.items}
                caption={t('mapping.angebote.caption')}
                emptyText={list.active ? t('mapping.list.emptyFiltered') : t('mapping.angebote.empty', { kommune: kommune?.name ?? '' })}
                showFinanzierung
                paging={{ page: angebote.data.page, pageSize: angebote.data.pageSize, total: angebote.data.total, hrefFor: list.hrefFor }}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
