import './networks.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useParams, useSearchParams } from 'react-router';
import type { Netzwerk } from '../../../domain/networks/contracts.js';
import { Alert } from '../../components/Alert.js';
import { BackLink } from '../../components/BackLink.js';
import { Badge } from '../../components/Badge.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useNetzwerk } from './api.js';
import { useNetworkLabels } from './labels.js';
import { isNotFound, NetworkNotFound, useFlashMessage } from './parts.js';
import { hasRole } from './permissions.js';
import { CalendarPanel } from './panels/CalendarPanel.js';
import { InboxPanel } from './panels/InboxPanel.js';
import { MeetingsPanel } from './panels/MeetingsPanel.js';
import { MembersPanel } from './panels/MembersPanel.js';
import { OverviewPanel } from './panels/OverviewPanel.js';
import { SeriesPanel } from './panels/SeriesPanel.js';

export const bereiche = ['ueberblick', 'treffen', 'reihen', 'mitglieder', 'eingang', 'kalender'] as const;
export type Bereich = (typeof bereiche)[number];

/** Guests see meetings, series and their calendar; members and moderation also members and inbox. */
function visibleBereiche(n: Netzwerk): Bereich[] {
  return bereiche.filter((b) => (b === 'mitglieder' || b === 'eingang' ? hasRole(n.meineRolle, 'mitglied') : true));
}

/** /netzwerke/:id — one network, its meetings, series, members, incoming results and calendar. */
export function NetzwerkPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const netzwerk = useNetzwerk(id);

  if (netzwerk.isPending) {
    return (
      <>
        <PageHeader title={t('networks.page.network')} />
        <Loading />
      </>
    );
  }
  if (netzwerk.isError) {
    if (isNotFound(netzwerk.error)) return <NetworkNotFound />;
    return (
      <>
        <BackLink href="/netzwerke">{t('networks.page.backToList')}</BackLink>
        <PageHeader title={t('networks.page.network')} />
        <QueryError error={netzwerk.error} onRetry={() => void netzwerk.refetch()} />
      </>
    );
  }
  return <NetzwerkView key={id} netzwerk={netzwerk.data} />;
}

function NetzwerkView({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const flash = useFlashMessage();
  const [params, setParams] = useSearchParams();
  const visible = visibleBereiche(netzwerk);
  const requested = params.get('bereich');
  const inAddress: Bereich = visible.find((b) => b === requested) ?? 'ueberblick';
  // The tab switches at once; the address follows, so reloading or sharing the page keeps it.
  const [selected, setSelected] = useState<Bereich>(inAddress);
  useEffect(() => setSelected(inAddress), [inAddress]);

  function select(key: Key) {
    const next = visible.find((b) => b === String(key)) ?? 'ueberblick';
    setSelected(next);
    setParams(next === 'ueberblick' ? new URLSearchParams() : new URLSearchParams({ bereich: next }), { replace: true });
  }

  return (
    <>
      <BackLink href="/netzwerke">{t('networks.page.backToList')}</BackLink>
      <PageHeader
        preline={t('networks.page.preline', { ebene: labels.ebene(netzwerk.ebene), schwerpunkt: labels.schwerpunkt(netzwerk.schwerpunkt) })}
        title={netzwerk.name}
        documentTitle={`${netzwerk.name}: ${t(`networks.page.tabs.${selected}`)}`}
      />
      <p className="app-networks-badges">
        <Badge>{t('networks.page.myRole', { rolle: labels.rolle(netzwerk.meineRolle) })}</Badge>
        {netzwerk.archiviert && <Badge variant="warning">{t('networks.archivedBadge')}</Badge>}
      </p>
      <StatusMessage message={flash} />
      {netzwerk.archiviert && <Alert variant="info" title={t('networks.page.archivedNotice')} />}
      <Tabs selectedKey={selected} onSelectionChange={select} className="app-tabs">
        <TabList aria-label={t('networks.page.tabsLabel')} className="app-tabs__list">
          {visible.map((b) => (
            <Tab key={b} id={b} className="app-tabs__tab">
              {t(`networks.page.tabs.${b}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="ueberblick" className="app-tabs__panel">
          <OverviewPanel netzwerk={netzwerk} />
        </TabPanel>
        <TabPanel id="treffen" className="app-tabs__panel">
          <MeetingsPanel netzwerk={netzwerk} />
        </TabPanel>
        {visible.includes('reihen') && (
          <TabPanel id="reihen" className="app-tabs__panel">
            <SeriesPanel netzwerk={netzwerk} />
          </TabPanel>
        )}
        {visible.includes('mitglieder') && (
          <TabPanel id="mitglieder" className="app-tabs__panel">
            <MembersPanel netzwerk={netzwerk} />
          </TabPanel>
        )}
        {visible.includes('eingang') && (
          <TabPanel id="eingang" className="app-tabs__panel">
            <InboxPanel netzwerk={netzwerk} />
          </TabPanel>
        )}
        <TabPanel id="kalender" className="app-tabs__panel">
          <CalendarPanel netzwerk={netzwerk} />
        </TabPanel>
      </Tabs>
    </>
  );
}
