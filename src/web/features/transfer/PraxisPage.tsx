import './transfer.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useCurrentSession } from '../identity/session.js';
import { useFlashMessage } from '../transitions/useFlashMessage.js';
import { usePraxis, type PraxisDetail } from './api.js';
import { formatDay } from './format.js';
import { useTransferLabels } from './labels.js';
import { ButtonLink, isNoAccess, NoAccess } from './parts.js';
import { praxisEditHref, praxisListHref, transferNewHref } from './paths.js';
import { mayManage } from './permissions.js';
import { KontextProfil } from './praxis/KontextProfil.js';

/** /lernnetzwerk/praxis/:id — a practice with resources, contact, context profile and the experience of finished transfers. */
export function PraxisPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const praxis = usePraxis(id);
  const flash = useFlashMessage();
  if (praxis.isError && isNoAccess(praxis.error)) return <NoAccess error={praxis.error} backHref={praxisListHref()} backLabel={t('transfer.library.back')} />;
  return (
    <>
      <BackLink href={praxisListHref()}>{t('transfer.library.back')}</BackLink>
      {praxis.isError ? (
        <>
          <PageHeader title={t('transfer.praxis.title')} />
          <QueryError error={praxis.error} onRetry={() => void praxis.refetch()} />
        </>
      ) : praxis.isPending ? (
        <>
          <PageHeader title={t('transfer.praxis.title')} />
          <Loading />
        </>
      ) : (
        <>
          <StatusMessage message={flash} />
          <PraxisView praxis={praxis.data} />
        </>
      )}
    </>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i} className="kern-body app-lern-text app-lern-pre">
            {p}
          </p>
        ))}
    </>
  );
}

function PraxisView({ praxis }: { praxis: PraxisDetail }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const session = useCurrentSession();
  const mayRequest = mayManage(session) && !praxis.darfBearbeiten;
  const { personal, geld, raeume } = praxis.ressourcen;
  const { name, funktion, email } = praxis.kontakt;
  return (
    <>
      <PageHeader
        preline={praxis.kommune.name}
        title={praxis.titel}
        actions={
          mayRequest || praxis.darfBearbeiten ? (
            <>
              {mayRequest && <ButtonLink href={transferNewHref(praxis.id)}>{t('transfer.vorschlaege.request')}</ButtonLink>}
              {praxis.darfBearbeiten && (
                <ButtonLink href={praxisEditHref(praxis.id)} icon="edit" variant="secondary">
                  {t('transfer.praxis.edit')}
                </ButtonLink>
              )}
            </>
          ) : undefined
        }
      />
      <Paragraphs text={praxis.beschreibung} />
      <DetailList
        className="app-facts app-lern-facts"
        rows={[
          [t('transfer.praxis.handlungsfelder'), praxis.handlungsfelder.map(labels.handlungsfeld).join(', ')],
          [t('transfer.praxis.altersphasen'), praxis.altersphasen.map(labels.altersphaseMitAlter).join(', ')],
          [t('transfer.praxis.zielgruppen'), praxis.zielgruppen.join(', ')],
          [t('transfer.praxis.seit'), praxis.seit === null ? null : String(praxis.seit)],
        ]}
      />
      <div className="app-columns">
        <Section title={t('transfer.praxis.ressourcen')}>
          <DetailList
            className="app-facts app-lern-facts"
            rows={[
              [t('transfer.praxis.personal'), personal],
              [t('transfer.praxis.geld'), geld],
              [t('transfer.praxis.raeume'), raeume],
            ]}
          />
        </Section>
        <Section title={t('transfer.praxis.kontakt')}>
          <DetailList
            className="app-facts app-lern-facts"
            rows={[
              [t('transfer.praxis.kontaktName'), name],
              [t('transfer.praxis.kontaktFunktion'), funktion],
              [t('transfer.praxis.kontaktEmail'), email ? <AppLink href={`mailto:${email}`}>{email}</AppLink> : null],
              [
                t('transfer.praxis.links'),
                praxis.links.length ? (
                  <ul className="app-lern-plain-list">
                    {praxis.links.map((l) => (
                      <li key={l}>
                        <AppLink href={l} target="_blank" rel="noopener noreferrer">
                          {l}
                          <span className="kern-sr-only"> {t('transfer.praxis.newWindow')}</span>
                        </AppLink>
                      </li>
                    ))}
                  </ul>
                ) : null,
              ],
            ]}
          />
        </Section>
      </div>
      <Section title={t('transfer.praxis.profil')}>
        <p className="kern-body app-lern-text">{t('transfer.praxis.profilLead')}</p>
        <KontextProfil kontext={praxis.kontext} />
      </Section>
      <Section title={t('transfer.praxis.erfahrungen')}>
        {praxis.erfahrungen.length === 0 ? (
          <p className="kern-body">{t('transfer.praxis.noErfahrungen')}</p>
        ) : (
          <ul className="app-lern-experiences">
            {praxis.erfahrungen.map((e) => (
              <li key={e.transferId} className="app-lern-experience">
                <h3 className="kern-heading-small">{e.abgeschlossenAm ? t('transfer.praxis.erfahrungVon', { name: e.kommune.name, date: formatDay(e.abgeschlossenAm) }) : e.kommune.name}</h3>
                <h4 className="kern-title app-lern-subhead">{t('transfer.praxis.angepasst')}</h4>
                <Paragraphs text={e.angepassteUmsetzung} />
                {e.erfahrung && (
                  <>
                    <h4 className="kern-title app-lern-subhead">{t('transfer.praxis.erfahrung')}</h4>
                    <Paragraphs text={e.erfahrung} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
