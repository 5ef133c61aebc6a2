import './transfer.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useFlashMessage } from '../transitions/useFlashMessage.js';
import { useTransfer, useTransferAktion, type TransferDetail } from './api.js';
import { formatDay, formatTermin } from './format.js';
import { useTransferLabels, vocab } from './labels.js';
import { actionMessage, isNoAccess, NoAccess } from './parts.js';
import { lueckeHref, praxisHref, transferHome } from './paths.js';
import { AntwortenForm } from './process/AntwortenForm.js';
import { AustauschForm } from './process/AustauschForm.js';
import { NachbereitungForm } from './process/NachbereitungForm.js';
import { Stepper } from './process/Stepper.js';

/** /lernnetzwerk/transfers/:id — a transfer for both Kommunen: phases, questions and answers, exchange, follow-up. */
export function TransferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const transfer = useTransfer(id);
  const flash = useFlashMessage();
  if (transfer.isError && isNoAccess(transfer.error)) return <NoAccess error={transfer.error} />;
  return (
    <>
      <BackLink href={transferHome}>{t('transfer.backToStart')}</BackLink>
      {transfer.isError ? (
        <>
          <PageHeader title={t('transfer.process.title')} />
          <QueryError error={transfer.error} onRetry={() => void transfer.refetch()} />
        </>
      ) : transfer.isPending ? (
        <>
          <PageHeader title={t('transfer.process.title')} />
          <Loading />
        </>
      ) : (
        <TransferView transfer={transfer.data} flash={flash} />
      )}
    </>
  );
}

function TransferView({ transfer, flash }: { transfer: TransferDetail; flash: string | null }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const [message, setMessage] = useState<string | null>(flash);
  const running = transfer.phase !== 'abgeschlossen' && transfer.phase !== 'abgebrochen';
  const anfragend = transfer.rolle === 'anfragend' || transfer.rolle === 'beide';
  const abgebend = transfer.rolle === 'abgebend' || transfer.rolle === 'beide';
  const answered = transfer.fragen.filter((f) => f.antwort).length;

  return (
    <>
      <PageHeader
        preline={t('transfer.process.preline', { anfragend: transfer.anfragend.name, abgebend: transfer.abgebend.name })}
        title={transfer.praxis.titel}
        documentTitle={t('transfer.process.documentTitle', { titel: transfer.praxis.titel })}
        lead={t(`transfer.process.rolleLead.${transfer.rolle}`, { anfragend: transfer.anfragend.name, abgebend: transfer.abgebend.name })}
      />
      <StatusMessage message={message} />
      <Stepper phase={transfer.phase} />
      {transfer.phase === 'abgebrochen' && <Alert variant="warning" title={t('transfer.process.cancelledTitle')} />}
      <DetailList
        className="app-facts app-lern-facts"
        rows={[
          [t('transfer.process.phase'), labels.phase(transfer.phase)],
          [t('transfer.process.praxis'), <AppLink key="p" href={praxisHref(transfer.praxis.id)}>{transfer.praxis.titel}</AppLink>],
          [t('transfer.process.anfragend'), transfer.anfragend.name],
          [t('transfer.process.abgebend'), transfer.abgebend.name],
          [t('transfer.process.luecke'), transfer.lueckeId ? <AppLink key="l" href={lueckeHref(transfer.lueckeId)}>{t('transfer.process.toLuecke')}</AppLink> : null],
          [t('transfer.process.anliegen'), <span key="a" className="app-lern-pre">{transfer.anliegen}</span>],
          [t('transfer.process.termin'), transfer.termin ? formatTermin(transfer.termin) : t('transfer.process.noTermin')],
          [t('transfer.process.ort'), transfer.ort],
        ]}
      />

      <Section title={t('transfer.process.fragenTitle')}>
        <p className="kern-body app-lern-text">
          {transfer.fragen.length === 0 ? t('transfer.process.noFragen') : t('transfer.process.fragenCount', { count: transfer.fragen.length, answered })}
        </p>
        {transfer.fragen.length > 0 && (abgebend && running ? <AntwortenForm transfer={transfer} onDone={setMessage} /> : <FragenMitAntworten transfer={transfer} />)}
      </Section>

      {running && (
        <Section title={t('transfer.process.austauschTitle')}>
          <p className="kern-body app-lern-text">{transfer.termin ? t('transfer.process.austauschSet', { termin: formatTermin(transfer.termin), ort: transfer.ort ?? t('transfer.process.ortOffen') }) : t('transfer.process.austauschText')}</p>
          <AustauschForm transfer={transfer} onDone={setMessage} />
        </Section>
      )}

      <Section title={t('transfer.process.nachbereitungTitle')}>
        {transfer.phase === 'abgeschlossen' ? (
          <>
            <p className="kern-body app-lern-text">{t('transfer.process.abgeschlossenAm', { date: formatDay(transfer.abgeschlossenAm) })}</p>
            <h3 className="kern-heading-small">{t('transfer.process.umsetzung')}</h3>
            <p className="kern-body app-lern-text app-lern-pre">{transfer.angepassteUmsetzung}</p>
            {transfer.erfahrung && (
              <>
                <h3 className="kern-heading-small">{t('transfer.process.erfahrung')}</h3>
                <p className="kern-body app-lern-text app-lern-pre">{transfer.erfahrung}</p>
              </>
            )}
          </>
        ) : !running ? (
          <p className="kern-body">{t('transfer.process.nachbereitungCancelled')}</p>
        ) : transfer.phase === 'vorbereitung' ? (
          <p className="kern-body app-lern-text">{anfragend ? t('transfer.process.nachbereitungLaterOwn') : t('transfer.process.nachbereitungOther', { name: transfer.anfragend.name })}</p>
        ) : anfragend ? (
          <>
            <p className="kern-body app-lern-text">{transfer.phase === 'nachbereitung' ? t('transfer.process.nachbereitungNow') : t('transfer.process.nachbereitungAfter')}</p>
            <NachbereitungForm transfer={transfer} onDone={setMessage} />
          </>
        ) : (
          <p className="kern-body app-lern-text">{t('transfer.process.nachbereitungOther', { name: transfer.anfragend.name })}</p>
        )}
      </Section>

      {running && <Abbrechen transfer={transfer} onDone={setMessage} />}
    </>
  );
}

function FragenMitAntworten({ transfer }: { transfer: TransferDetail }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  return (
    <div className="app-lern-profile">
      {vocab.dimensionen.map((d) => {
        const fragen = transfer.fragen.filter((f) => f.dimension === d);
        if (fragen.length === 0) return null;
        return (
          <section key={d} className="app-lern-dimension" aria-labelledby={`fragen-${d}`}>
            <h3 id={`fragen-${d}`} className="kern-heading-small app-lern-dimension__title">
              {labels.dimension(d)}
            </h3>
            <dl className="app-lern-qa">
              {fragen.map((f) => (
                <div key={f.frageId} className="app-lern-qa__item">
                  <dt className="app-lern-qa__q">{f.frage}</dt>
                  <dd className="app-lern-qa__a">{f.antwort ?? <span className="app-muted">{t('transfer.process.notAnswered', { name: transfer.abgebend.name })}</span>}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}

function Abbrechen({ transfer, onDone }: { transfer: TransferDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const aktion = useTransferAktion(transfer.id);
  const [open, setOpen] = useState(false);
  return (
    <section className="app-section app-lern-cancel" aria-labelledby="transfer-abbrechen">
      <h2 id="transfer-abbrechen" className="kern-heading-medium app-section__title">
        {t('transfer.process.cancelTitle')}
      </h2>
      <p className="kern-body app-lern-text">{t('transfer.process.cancelText')}</p>
      <AppButton variant="secondary" icon="close" onPress={() => setOpen(true)}>
        {t('transfer.process.cancel')}
      </AppButton>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) aktion.reset();
        }}
        title={t('transfer.process.cancelConfirmTitle')}
        confirmLabel={t('transfer.process.cancelConfirm')}
        isPending={aktion.isPending}
        onConfirm={() =>
          aktion.mutate(
            { path: 'abbrechen', body: { version: transfer.version } },
            {
              onSuccess: () => {
                setOpen(false);
                onDone(t('transfer.process.cancelled'));
              },
            },
          )
        }
      >
        {aktion.isError && (
          <Alert variant="danger" role="alert" title={t('transfer.process.failed')}>
            <p className="kern-body">{actionMessage(aktion.error)}</p>
          </Alert>
        )}
        <p className="kern-body">{t('transfer.process.cancelConfirmText', { titel: transfer.praxis.titel, name: transfer.rolle === 'abgebend' ? transfer.anfragend.name : transfer.abgebend.name })}</p>
      </ConfirmDialog>
    </section>
  );
}
