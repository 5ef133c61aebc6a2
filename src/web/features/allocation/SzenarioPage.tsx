import './allocation.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Ergebnis, GespeichertesModell } from '../../../domain/allocation/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import { Badge } from '../../components/Badge.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { formatDateTime } from '../../lib/format.js';
import { exportUrl, useSzenario, useVersion, type Szenario } from './api.js';
import { allocationHome, editHref, schuleHref, szenarioHref } from './format.js';
import { ButtonLink, isNotFound, SzenarioNotFound } from './parts.js';
import { ModelSummary } from './parts/ModelSummary.js';
import { ResultFigures, ResultNotes } from './parts/ResultFigures.js';
import { defaultResultTableState, ResultTable, resultSorts, type ResultSort, type ResultTableState } from './parts/ResultTable.js';
import { ArchiveButton } from './scenario/ArchiveButton.js';
import { SharePanel } from './scenario/SharePanel.js';
import { VersionsPanel } from './scenario/VersionsPanel.js';

const tabs = ['ergebnis', 'modell', 'versionen', 'freigaben'] as const;
type TabKey = (typeof tabs)[number];

/**
 * The confirmation a form passes along to this page. It is read once and removed from the history
 * entry, so reloading the page does not announce it again.
 */
function useFlashMessage(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [message] = useState(() => (location.state as { message?: string } | null)?.message ?? null);
  useEffect(() => {
    if (message) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    // Only once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return message;
}

const positive = (text: string | null) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** /ressourcen/szenarien/:id — a scenario's figures, model, result per school, versions, exports and share links. */
export function SzenarioPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const szenario = useSzenario(id);
  if (szenario.isPending) {
    return (
      <>
        <PageHeader title={t('allocation.page.title')} />
        <Loading />
      </>
    );
  }
  if (szenario.isError) {
    if (isNotFound(szenario.error)) return <SzenarioNotFound />;
    return (
      <>
        <BackLink href={allocationHome}>{t('allocation.backToList')}</BackLink>
        <PageHeader title={t('allocation.page.title')} />
        <QueryError error={szenario.error} onRetry={() => void szenario.refetch()} />
      </>
    );
  }
  return <SzenarioView key={id} szenario={szenario.data} />;
}

function SzenarioView({ szenario }: { szenario: Szenario }) {
  const { t } = useTranslation();
  const flash = useFlashMessage();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [params, setParams] = useSearchParams();
  const requestedVersion = positive(params.get('version'));
  const olderVersion = requestedVersion !== null && requestedVersion !== szenario.versionNummer ? requestedVersion : null;
  const version = useVersion(szenario.id, olderVersion);

  const visible = tabs.filter((tab) => tab !== 'freigaben' || szenario.darfBearbeiten);
  const inAddress: TabKey = visible.find((tab) => tab === params.get('bereich')) ?? 'ergebnis';
  // The tab switches at once; the address follows, so reloading or sharing the page keeps it.
  const [selected, setSelected] = useState<TabKey>(inAddress);
  useEffect(() => setSelected(inAddress), [inAddress]);

  function patchParams(patch: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  }

  function select(key: Key) {
    const next = visible.find((tab) => tab === String(key)) ?? 'ergebnis';
    setSelected(next);
    patchParams({ bereich: next === 'ergebnis' ? null : next });
  }

  const tableState: ResultTableState = {
    q: params.get('suche') ?? '',
    sort: (resultSorts as readonly string[]).includes(params.get('sortierung') ?? '') ? (params.get('sortierung') as ResultSort) : defaultResultTableState.sort,
    direction: params.get('richtung') === 'asc' ? 'asc' : params.get('richtung') === 'desc' ? 'desc' : defaultResultTableState.direction,
    page: positive(params.get('seite')) ?? 1,
  };
  const setTableState = (s: ResultTableState) =>
    patchParams({
      suche: s.q || null,
      sortierung: s.sort === defaultResultTableState.sort ? null : s.sort,
      richtung: s.direction === defaultResultTableState.direction ? null : s.direction,
      seite: s.page === 1 ? null : String(s.page),
    });

  // The version on screen: the current one, or a saved one from ?version=N.
  const shown: { nummer: number; modell: GespeichertesModell; ergebnis: Ergebnis; erstelltAm: string | null } | null = olderVersion
    ? version.data
      ? { nummer: version.data.nummer, modell: version.data.modell, ergebnis: version.data.ergebnis, erstelltAm: version.data.erstelltAm }
      : null
    : { nummer: szenario.versionNummer, modell: szenario.modell, ergebnis: szenario.ergebnis, erstelltAm: null };
  const kommuneNames = useMemo(() => Object.fromEntries((shown?.ergebnis.schulen ?? []).map((s) => [s.kommuneId, s.kommuneName])), [shown?.ergebnis]);
  const editable = szenario.darfBearbeiten && !szenario.archiviert;
  const versionParam = olderVersion ?? undefined;

  return (
    <>
      <BackLink href={allocationHome}>{t('allocation.backToList')}</BackLink>
      <PageHeader
        preline={t('allocation.page.preline', { bereich: szenario.scopeName })}
        title={szenario.name}
        actions={
          szenario.darfBearbeiten ? (
            <>
              {editable && (
                <ButtonLink href={editHref(szenario.id)} icon="edit" variant="secondary">
                  {t('allocation.page.edit')}
                </ButtonLink>
              )}
              <ArchiveButton szenario={szenario} onDone={(text, failed = false) => setMessage({ text, failed })} />
            </>
          ) : undefined
        }
      />
      <p className="app-alloc-badges">
        <Badge>{t('allocation.page.versionBadge', { version: szenario.versionNummer })}</Badge>
        {szenario.archiviert && <Badge variant="warning">{t('allocation.archivedBadge')}</Badge>}
        {!szenario.darfBearbeiten && <Badge>{t('allocation.page.readOnly')}</Badge>}
      </p>
      <StatusMessage message={message?.text ?? flash} variant={message?.failed ? 'danger' : 'success'} />
      {szenario.archiviert && <Alert variant="info" title={t('allocation.page.archivedNotice')} />}
      {olderVersion && (
        <Alert variant="info" title={t('allocation.page.olderVersion', { version: olderVersion, current: szenario.versionNummer })}>
          <p className="kern-body">
            {shown?.erstelltAm && <>{t('allocation.page.savedAt', { date: formatDateTime(shown.erstelltAm) })} </>}
            <AppLink href={szenarioHref(szenario.id)}>{t('allocation.page.toCurrent', { version: szenario.versionNummer })}</AppLink>
          </p>
        </Alert>
      )}
      {szenario.beschreibung && <p className="kern-body app-alloc-text app-alloc-pre">{szenario.beschreibung}</p>}

      {olderVersion && version.isError ? (
        <QueryError error={version.error} onRetry={() => void version.refetch()} />
      ) : !shown ? (
        <Loading />
      ) : (
        <>
          <ResultFigures ergebnis={shown.ergebnis} />
          <div className="app-alloc-exports" role="group" aria-label={t('allocation.page.exports', { version: shown.nummer })}>
            <ButtonLink href={exportUrl(szenario.id, 'csv', versionParam)} icon="download" variant="secondary" download>
              {t('allocation.page.exportCsv')}
            </ButtonLink>
            <ButtonLink href={exportUrl(szenario.id, 'xlsx', versionParam)} icon="download" variant="secondary" download>
              {t('allocation.page.exportXlsx')}
            </ButtonLink>
          </div>
          <Tabs selectedKey={selected} onSelectionChange={select} className="app-tabs">
            <TabList aria-label={t('allocation.page.tabsLabel')} className="app-tabs__list">
              {visible.map((tab) => (
                <Tab key={tab} id={tab} className="app-tabs__tab">
                  {t(`allocation.page.tabs.${tab}`)}
                </Tab>
              ))}
            </TabList>
            <TabPanel id="ergebnis" className="app-tabs__panel">
              <ResultTable
                schulen={shown.ergebnis.schulen}
                einheit={shown.ergebnis.einheit}
                schoolHref={(s) => schuleHref(szenario.id, s.schuleId, versionParam)}
                caption={t('allocation.page.tableCaption', { version: shown.nummer })}
                state={tableState}
                onStateChange={setTableState}
              />
            </TabPanel>
            <TabPanel id="modell" className="app-tabs__panel">
              <h2 className="kern-heading-medium app-alloc-subtitle">{t('allocation.page.modelTitle', { version: shown.nummer })}</h2>
              <ModelSummary modell={shown.modell} bereich={szenario.scopeName} kommuneNames={kommuneNames} />
              <h2 className="kern-heading-medium app-alloc-subtitle">{t('allocation.page.notesTitle')}</h2>
              <ResultNotes ergebnis={shown.ergebnis} />
            </TabPanel>
            <TabPanel id="versionen" className="app-tabs__panel">
              <VersionsPanel szenario={szenario} />
            </TabPanel>
            {szenario.darfBearbeiten && (
              <TabPanel id="freigaben" className="app-tabs__panel">
                <SharePanel szenario={szenario} />
              </TabPanel>
            )}
          </Tabs>
        </>
      )}
    </>
  );
}
