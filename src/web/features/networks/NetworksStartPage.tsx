import './networks.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Netzwerk } from '../../../domain/networks/contracts.js';
import { AppLink } from '../../components/AppLink.js';
import { Badge } from '../../components/Badge.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { RadioGroupField } from '../../components/RadioGroupField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useCurrentSession } from '../identity/session.js';
import { useNetzwerke } from './api.js';
import { formatMeetingTime } from './format.js';
import { useNetworkLabels } from './labels.js';
import { ButtonLink, useFlashMessage } from './parts.js';
import { canFound } from './permissions.js';
import { StackedTable, type StackedColumn } from './StackedTable.js';

export const networkHref = (id: string) => `/netzwerke/${encodeURIComponent(id)}`;
export const meetingHref = (id: string) => `/netzwerke/treffen/${encodeURIComponent(id)}`;

/** "Köln, Bonn" or, for a network of the Land without Kommunen, "landesweit (Nordrhein-Westfalen)". */
export function KommunenText({ netzwerk }: { netzwerk: Pick<Netzwerk, 'kommunen' | 'land'> }) {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  if (netzwerk.kommunen.length === 0) return <>{t('networks.landWide', { land: labels.land(netzwerk.land) })}</>;
  return <>{netzwerk.kommunen.map((k) => k.name).join(', ')}</>;
}

/** /netzwerke — the caller's networks. */
export function NetworksStartPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const labels = useNetworkLabels();
  const flash = useFlashMessage();
  const [params, setParams] = useSearchParams();
  const inAddress = params.get('archiviert') === 'ja';
  // The choice shows at once; the address follows (a navigation, so it may land a moment later).
  const [archiviert, setArchiviert] = useState(inAddress);
  useEffect(() => setArchiviert(inAddress), [inAddress]);
  const netzwerke = useNetzwerke(archiviert);
  const founder = canFound(session);

  const columns: StackedColumn<Netzwerk>[] = [
    {
      key: 'name',
      header: t('networks.start.col.name'),
      isRowHeader: true,
      stackFull: true,
      render: (n) => (
        <>
          <AppLink href={networkHref(n.id)}>{n.name}</AppLink>
          {n.archiviert && (
            <>
              {' '}
              <Badge variant="warning">{t('networks.archivedBadge')}</Badge>
            </>
          )}
        </>
      ),
    },
    { key: 'ebene', header: t('networks.start.col.ebene'), stackLabel: true, stackFull: true, render: (n) => labels.ebene(n.ebene) },
    { key: 'schwerpunkt', header: t('networks.start.col.schwerpunkt'), stackLabel: true, stackFull: true, render: (n) => labels.schwerpunkt(n.schwerpunkt) },
    { key: 'kommunen', header: t('networks.start.col.kommunen'), stackLabel: true, stackFull: true, render: (n) => <KommunenText netzwerk={n} /> },
    { key: 'rolle', header: t('networks.start.col.rolle'), stackLabel: true, stackFull: true, render: (n) => labels.rolle(n.meineRolle) },
    { key: 'mitglieder', header: t('networks.start.col.mitglieder'), numeric: true, stackLabel: true, stackFull: true, render: (n) => n.mitgliederAnzahl },
    {
      key: 'naechstes',
      header: t('networks.start.col.naechstes'),
      stackLabel: true,
      stackFull: true,
      render: (n) =>
        n.naechstesTreffen ? (
          <AppLink href={meetingHref(n.naechstesTreffen.id)}>
            {formatMeetingTime(n.naechstesTreffen.beginn)}
            <span className="kern-sr-only">: {n.naechstesTreffen.titel}</span>
          </AppLink>
        ) : (
          <span className="app-muted">{t('networks.start.noMeeting')}</span>
        ),
    },
  ];

  const rows = netzwerke.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('networks.start.title')}
        lead={t('networks.start.lead')}
        actions={
          founder ? (
            <ButtonLink href="/netzwerke/neu" icon="add">
              {t('networks.start.found')}
            </ButtonLink>
          ) : undefined
        }
      />
      <StatusMessage message={flash} />
      <p className="kern-body app-networks-intro">
        <AppLink href="/netzwerke/meine-arbeit">{t('networks.start.myWork')}</AppLink>
      </p>
      <div className="app-networks-filter">
        <RadioGroupField<'aktiv' | 'archiviert'>
          id="netzwerke-anzeigen"
          name="netzwerke-anzeigen"
          legend={t('networks.start.filterLegend')}
          options={[
            { value: 'aktiv', label: t('networks.start.filterActive') },
            { value: 'archiviert', label: t('networks.start.filterArchived') },
          ]}
          value={archiviert ? 'archiviert' : 'aktiv'}
          onChange={(value) => {
            setArchiviert(value === 'archiviert');
            setParams(value === 'archiviert' ? new URLSearchParams({ archiviert: 'ja' }) : new URLSearchParams(), { replace: true });
          }}
          horizontal
        />
      </div>
      <p className="kern-body app-networks-count" role="status">
        {netzwerke.data ? t('networks.start.count', { count: rows.length }) : ''}
      </p>
      {netzwerke.isError ? (
        <QueryError error={netzwerke.error} onRetry={() => void netzwerke.refetch()} />
      ) : netzwerke.isPending ? (
        <Loading />
      ) : (
        <StackedTable
          caption={archiviert ? t('networks.start.captionArchived') : t('networks.start.caption')}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(n) => n.id}
          emptyText={archiviert ? t('networks.start.emptyArchived') : founder ? t('networks.start.emptyFounder') : t('networks.start.empty')}
          minWidth="52rem"
        />
      )}
    </>
  );
}
