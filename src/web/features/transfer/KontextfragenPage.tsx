import './transfer.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { AppDialog } from '../../components/AppDialog.js';
import { Badge } from '../../components/Badge.js';
import { BackLink } from '../../components/BackLink.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { FormField } from '../../components/FormField.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useCurrentSession } from '../identity/session.js';
import { CheckboxField } from '../mapping/shared/fields.js';
import { useKontextfragen, useUpdateKontextfrage, type KontextFrageDto } from './api.js';
import { FrageForm } from './fragen/FrageForm.js';
import { useTransferLabels, vocab } from './labels.js';
import { actionMessage } from './parts.js';
import { transferHome } from './paths.js';
import { mayKeepCatalogue } from './permissions.js';

type Dialog = { mode: 'create' } | { mode: 'edit'; frageId: string } | null;
const normalize = (s: string) => s.toLocaleLowerCase('de').normalize('NFD').replace(/\p{Diacritic}/gu, '');

/** /lernnetzwerk/kontextfragen — the catalogue by dimension; the state coordination adds, rewords and retires questions. */
export function KontextfragenPage() {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const session = useCurrentSession();
  const keeper = mayKeepCatalogue(session);
  const fragen = useKontextfragen();
  const update = useUpdateKontextfrage();
  const [filter, setFilter] = useState('');
  const [stillgelegte, setStillgelegte] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const words = normalize(filter).split(/\s+/).filter(Boolean);
  const all = fragen.data?.items ?? [];
  const shown = all.filter((f) => (stillgelegte || f.aktiv) && words.every((w) => normalize(`${f.code} ${f.frage} ${f.hinweis ?? ''}`).includes(w)));
  const editing = dialog?.mode === 'edit' ? all.find((f) => f.id === dialog.frageId) : undefined;

  function setAktiv(frage: KontextFrageDto, aktiv: boolean) {
    setFailed(null);
    update.mutate(
      { frageId: frage.id, body: { dimension: frage.dimension, frage: frage.frage, hinweis: frage.hinweis, aktiv, version: frage.version } },
      {
        onSuccess: (saved) => setMessage(aktiv ? t('transfer.fragen.reactivated', { code: saved.code }) : t('transfer.fragen.retired', { code: saved.code })),
        onError: (error) => setFailed(actionMessage(error)),
      },
    );
  }

  const columns: Column<KontextFrageDto>[] = [
    { key: 'code', header: t('transfer.fragen.colCode'), render: (f) => <span className="app-nowrap">{f.code}</span> },
    {
      key: 'frage',
      header: t('transfer.fragen.colFrage'),
      isRowHeader: true,
      render: (f) => (
        <>
          <span className="app-lern-frage">{f.frage}</span>
          {f.hinweis && <span className="app-lern-frage__hint">{f.hinweis}</span>}
        </>
      ),
    },
    ...(keeper && stillgelegte
      ? ([
          {
            key: 'stand',
            header: t('transfer.fragen.colStand'),
            render: (f) => (
              <span className="app-lern-badge app-lern-badge--nowrap">
                <Badge variant={f.aktiv ? 'success' : 'warning'}>{f.aktiv ? t('transfer.fragen.aktivBadge') : t('transfer.fragen.stillgelegtBadge')}</Badge>
              </span>
            ),
          },
        ] as Column<KontextFrageDto>[])
      : []),
    ...(keeper
      ? ([
          {
            key: 'aktionen',
            header: t('transfer.fragen.colAktionen'),
            render: (f) => (
              <span className="app-lern-row-actions">
                <AppButton variant="tertiary" small onPress={() => setDialog({ mode: 'edit', frageId: f.id })} aria-label={t('transfer.fragen.editLabel', { code: f.code })}>
                  {t('transfer.raster.edit')}
                </AppButton>
                <AppButton variant="tertiary" small isPending={update.isPending && update.variables?.frageId === f.id} onPress={() => setAktiv(f, !f.aktiv)} aria-label={t(f.aktiv ? 'transfer.fragen.retireLabel' : 'transfer.fragen.reactivateLabel', { code: f.code })}>
                  {f.aktiv ? t('transfer.fragen.retire') : t('transfer.fragen.reactivate')}
                </AppButton>
              </span>
            ),
          },
        ] as Column<KontextFrageDto>[])
      : []),
  ];

  return (
    <>
      <BackLink href={transferHome}>{t('transfer.backToStart')}</BackLink>
      <PageHeader
        title={t('transfer.fragen.title')}
        lead={t('transfer.fragen.lead')}
        actions={
          keeper ? (
            <AppButton icon="add" onPress={() => setDialog({ mode: 'create' })}>
              {t('transfer.fragen.add')}
            </AppButton>
          ) : undefined
        }
      />
      <StatusMessage message={message} />
      {failed && (
        <Alert variant="danger" role="alert" title={t('transfer.fragen.failed')}>
          <p className="kern-body">{failed}</p>
        </Alert>
      )}
      {fragen.isError ? (
        <QueryError error={fragen.error} onRetry={() => void fragen.refetch()} />
      ) : fragen.isPending ? (
        <Loading />
      ) : (
        <>
          <div className="app-filter" role="search" aria-label={t('transfer.fragen.searchLabel')}>
            <FormField id="fragen-filter" type="search" label={t('transfer.fragen.filter')} value={filter} onChange={setFilter} />
            {keeper && <CheckboxField id="fragen-stillgelegte" label={t('transfer.fragen.showRetired')} checked={stillgelegte} onChange={setStillgelegte} />}
          </div>
          <p className="kern-body app-lern-summary" role="status">
            {t('transfer.fragen.summary', { count: shown.length, total: all.filter((f) => stillgelegte || f.aktiv).length })}
          </p>
          <nav aria-label={t('transfer.fragen.tocLabel')}>
            <ul className="app-lern-toc">
              {vocab.dimensionen.map((d) => (
                <li key={d}>
                  <a className="kern-link" href={`#dimension-${d}`}>
                    {labels.dimension(d)} ({shown.filter((f) => f.dimension === d).length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {vocab.dimensionen.map((d) => {
            const rows = shown.filter((f) => f.dimension === d);
            return (
              <section key={d} className="app-section" aria-labelledby={`dimension-${d}`}>
                <h2 id={`dimension-${d}`} className="kern-heading-medium app-section__title" tabIndex={-1}>
                  {labels.dimension(d)}
                </h2>
                <p className="kern-body app-lern-text">{labels.dimensionText(d)}</p>
                <DataTable caption={t('transfer.fragen.caption', { dimension: labels.dimension(d) })} captionHidden columns={columns} rows={rows} rowKey={(f) => f.id} emptyText={t('transfer.fragen.noneMatch')} />
              </section>
            );
          })}
        </>
      )}
      <AppDialog isOpen={dialog !== null} onOpenChange={(open) => !open && setDialog(null)} title={dialog?.mode === 'edit' ? t('transfer.fragen.editTitle') : t('transfer.fragen.createTitle')}>
        {dialog && (
          <FrageForm
            key={dialog.mode === 'edit' ? dialog.frageId : 'neu'}
            frage={editing}
            onCancel={() => setDialog(null)}
            onSaved={(saved) => {
              setDialog(null);
              setMessage(dialog.mode === 'edit' ? t('transfer.fragen.updated', { code: saved.code }) : t('transfer.fragen.created', { code: saved.code, dimension: labels.dimension(saved.dimension) }));
            }}
          />
        )}
      </AppDialog>
    </>
  );
}
