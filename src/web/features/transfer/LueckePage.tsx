import './transfer.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppButton } from '../../components/AppButton.js';
import { AppDialog } from '../../components/AppDialog.js';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useLueckenraster, useVorschlaege, type Luecke, type Vorschlaege } from './api.js';
import { formatDay } from './format.js';
import { useTransferLabels } from './labels.js';
import { LueckeForm } from './luecken/LueckeForm.js';
import { isNoAccess, LueckenStatusBadge, NoAccess, PrioritaetBadge } from './parts.js';
import { praxisListHref, rasterHref, transferHome } from './paths.js';
import { ProposalList } from './luecken/ProposalList.js';

/** /lernnetzwerk/luecken/:id — a gap with one to five practices of other Kommunen and the reasons in words. */
export function LueckePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const vorschlaege = useVorschlaege(id);
  // The grid says whether the caller keeps this Kommune's gaps (and may ask for a transfer).
  const raster = useLueckenraster(vorschlaege.data?.luecke.kommune.id);
  if (vorschlaege.isError && isNoAccess(vorschlaege.error)) return <NoAccess error={vorschlaege.error} />;
  const data = vorschlaege.data;
  return (
    <>
      <BackLink href={data ? rasterHref(data.luecke.kommune.id) : transferHome}>{data ? t('transfer.luecke.backToGrid', { name: data.luecke.kommune.name }) : t('transfer.backToStart')}</BackLink>
      {vorschlaege.isError ? (
        <>
          <PageHeader title={t('transfer.luecke.title')} />
          <QueryError error={vorschlaege.error} onRetry={() => void vorschlaege.refetch()} />
        </>
      ) : !data ? (
        <>
          <PageHeader title={t('transfer.luecke.title')} />
          <Loading />
        </>
      ) : (
        <LueckeView data={data} editable={raster.data?.darfBearbeiten ?? false} current={raster.data?.items.find((l) => l.id === data.luecke.id)} />
      )}
    </>
  );
}

function LueckeView({ data, editable, current }: { data: Vorschlaege; editable: boolean; current: Luecke | undefined }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const l = data.luecke;
  const cell = t('transfer.raster.cell', { feld: labels.handlungsfeld(l.handlungsfeld), phase: labels.altersphase(l.altersphase) });
  return (
    <>
      <PageHeader
        preline={t('transfer.luecke.preline', { name: l.kommune.name })}
        title={cell}
        documentTitle={t('transfer.luecke.documentTitle', { cell, name: l.kommune.name })}
        actions={
          editable && current ? (
            <AppButton variant="secondary" icon="edit" onPress={() => setEditing(true)}>
              {t('transfer.luecke.edit')}
            </AppButton>
          ) : undefined
        }
      />
      <StatusMessage message={message} />
      <figure className="app-lern-wo-hakt">
        <figcaption className="kern-label">{t('transfer.luecke.woHaktEs')}</figcaption>
        <blockquote className="kern-body kern-body--large app-lern-quote">{l.beschreibung}</blockquote>
      </figure>
      <DetailList
        className="app-facts app-lern-facts"
        rows={[
          [t('transfer.luecke.handlungsfeld'), labels.handlungsfeld(l.handlungsfeld)],
          [t('transfer.luecke.altersphase'), labels.altersphaseMitAlter(l.altersphase)],
          [t('transfer.luecke.prioritaet'), <PrioritaetBadge key="p" prioritaet={l.prioritaet} />],
          [t('transfer.luecke.status'), <LueckenStatusBadge key="s" status={l.status} />],
          [t('transfer.luecke.aktualisiert'), formatDay(l.aktualisiertAm)],
        ]}
      />
      <Section title={t('transfer.vorschlaege.title')}>
        <p className="kern-body app-lern-text">{t('transfer.vorschlaege.lead')}</p>
        {data.items.length === 0 ? (
          <p className="kern-body">
            {t('transfer.vorschlaege.none')} <AppLink href={praxisListHref()}>{t('transfer.vorschlaege.toLibrary')}</AppLink>
          </p>
        ) : (
          <ProposalList luecke={l} vorschlaege={data.items} mayRequest={editable} headingLevel={3} />
        )}
      </Section>
      {current && (
        <AppDialog isOpen={editing} onOpenChange={setEditing} title={t('transfer.luecke.editTitle')}>
          <LueckeForm
            kommuneId={l.kommune.id}
            luecke={current}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              setEditing(false);
              setMessage(t('transfer.luecke.updated', { cell: t('transfer.raster.cell', { feld: labels.handlungsfeld(saved.handlungsfeld), phase: labels.altersphase(saved.altersphase) }) }));
            }}
          />
        </AppDialog>
      )}
    </>
  );
}
