import './transfer.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { AppDialog } from '../../components/AppDialog.js';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useDeleteLuecke, useLueckenraster, type Luecke, type Lueckenraster } from './api.js';
import { useTransferLabels, vocab } from './labels.js';
import { LueckeForm } from './luecken/LueckeForm.js';
import { actionMessage, excerpt, isNoAccess, LueckenStatusBadge, NoAccess, PrioritaetBadge } from './parts.js';
import { lueckeHref, praxisListHref, praxisNewHref, transferHome } from './paths.js';
import { useMediaQuery } from './useMediaQuery.js';

type Dialog = { mode: 'create' } | { mode: 'edit'; lueckeId: string } | null;

/** /lernnetzwerk/kommunen/:id — the gap grid of a Kommune: Handlungsfelder × Altersphasen. */
export function LueckenrasterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const raster = useLueckenraster(id);
  if (raster.isError && isNoAccess(raster.error)) return <NoAccess error={raster.error} />;
  return (
    <>
      <BackLink href={transferHome}>{t('transfer.backToStart')}</BackLink>
      {raster.isError ? (
        <>
          <PageHeader title={t('transfer.raster.title')} />
          <QueryError error={raster.error} onRetry={() => void raster.refetch()} />
        </>
      ) : raster.isPending ? (
        <>
          <PageHeader title={t('transfer.raster.title')} />
          <Loading />
        </>
      ) : (
        <RasterView kommuneId={id} raster={raster.data} />
      )}
    </>
  );
}

function RasterView({ kommuneId, raster }: { kommuneId: string; raster: Lueckenraster }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const [message, setMessage] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [loeschen, setLoeschen] = useState<Luecke | null>(null);
  const [nurMitLuecken, setNurMitLuecken] = useState(false);
  // The button that opened the delete dialog is gone with the gap: focus goes to the grid instead.
  const [focusGrid, setFocusGrid] = useState(0);
  useEffect(() => {
    if (focusGrid > 0) document.querySelector<HTMLElement>('[data-raster-focus]')?.focus();
  }, [focusGrid]);
  // Six columns of text do not fit a phone: there the grid reads as a list by field of action.
  const narrow = useMediaQuery('(max-width: 40rem)');
  const editing = dialog?.mode === 'edit' ? raster.items.find((l) => l.id === dialog.lueckeId) : undefined;
  const cellName = (l: Pick<Luecke, 'handlungsfeld' | 'altersphase'>) => t('transfer.raster.cell', { feld: labels.handlungsfeld(l.handlungsfeld), phase: labels.altersphase(l.altersphase) });
  const counts = Object.fromEntries(vocab.lueckenStatus.map((s) => [s, raster.items.filter((l) => l.status === s).length])) as Record<(typeof vocab.lueckenStatus)[number], number>;

  return (
    <>
      <PageHeader
        preline={raster.kommune.name}
        title={t('transfer.raster.title')}
        documentTitle={t('transfer.raster.documentTitle', { name: raster.kommune.name })}
        lead={t('transfer.raster.lead')}
        actions={
          raster.darfBearbeiten ? (
            <AppButton icon="add" onPress={() => setDialog({ mode: 'create' })}>
              {t('transfer.raster.add')}
            </AppButton>
          ) : undefined
        }
      />
      <StatusMessage message={message} />
      <p className="kern-body app-lern-summary">
        {raster.items.length === 0
          ? raster.darfBearbeiten
            ? t('transfer.raster.emptyEditor')
            : t('transfer.raster.empty')
          : t('transfer.raster.summary', { count: raster.items.length, offen: counts.offen, inBearbeitung: counts['in-bearbeitung'], geloest: counts.geloest })}
      </p>
      <p className="kern-body app-lern-inline-links">
        <AppLink href={praxisListHref({ kommune: kommuneId })}>{t('transfer.raster.praxisOfKommune', { name: raster.kommune.name })}</AppLink>
        {raster.darfBearbeiten && <AppLink href={praxisNewHref(kommuneId)}>{t('transfer.start.praxisNew')}</AppLink>}
      </p>
      {!narrow && (
        <div className="kern-form-check app-check app-lern-only-gaps">
          <input id="raster-nur-luecken" type="checkbox" className="kern-form-check__checkbox" checked={nurMitLuecken} onChange={(e) => setNurMitLuecken(e.target.checked)} />
          <label htmlFor="raster-nur-luecken" className="kern-label">
            {t('transfer.raster.onlyWithGaps')}
          </label>
        </div>
      )}
      {narrow ? (
        <RasterList raster={raster} onEdit={(l) => setDialog({ mode: 'edit', lueckeId: l.id })} onDelete={setLoeschen} />
      ) : (
        <RasterTable raster={raster} nurMitLuecken={nurMitLuecken} onEdit={(l) => setDialog({ mode: 'edit', lueckeId: l.id })} onDelete={setLoeschen} />
      )}

      <AppDialog isOpen={dialog !== null} onOpenChange={(open) => !open && setDialog(null)} title={dialog?.mode === 'edit' ? t('transfer.luecke.editTitle') : t('transfer.luecke.createTitle')}>
        {dialog?.mode === 'edit' && !editing ? (
          <Alert variant="warning" title={t('transfer.luecke.gone')} />
        ) : (
          dialog && (
            <LueckeForm
              key={dialog.mode === 'edit' ? dialog.lueckeId : 'neu'}
              kommuneId={kommuneId}
              luecke={editing}
              onCancel={() => setDialog(null)}
              onSaved={(saved) => {
                setDialog(null);
                setMessage(dialog.mode === 'edit' ? t('transfer.luecke.updated', { cell: cellName(saved) }) : t('transfer.luecke.created', { cell: cellName(saved) }));
              }}
            />
          )
        )}
      </AppDialog>
      {loeschen && (
        <DeleteLuecke
          luecke={loeschen}
          onClose={() => setLoeschen(null)}
          onDeleted={() => {
            setMessage(t('transfer.luecke.deleted', { cell: cellName(loeschen) }));
            setFocusGrid((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

function DeleteLuecke({ luecke, onClose, onDeleted }: { luecke: Luecke; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteLuecke();
  return (
    <ConfirmDialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={t('transfer.luecke.deleteTitle')}
      confirmLabel={t('transfer.luecke.deleteConfirm')}
      isPending={remove.isPending}
      onConfirm={() =>
        remove.mutate(
          { lueckeId: luecke.id, version: luecke.version },
          {
            onSuccess: () => {
              onClose();
              onDeleted();
            },
          },
        )
      }
    >
      {remove.isError && (
        <Alert variant="danger" role="alert" title={t('transfer.luecke.deleteFailed')}>
          <p className="kern-body">{actionMessage(remove.error)}</p>
        </Alert>
      )}
      <p className="kern-body">{t('transfer.luecke.deleteText')}</p>
      <blockquote className="kern-body app-lern-quote">{excerpt(luecke.beschreibung, 300)}</blockquote>
    </ConfirmDialog>
  );
}

interface RasterTableProps {
  raster: Lueckenraster;
  nurMitLuecken: boolean;
  onEdit: (luecke: Luecke) => void;
  onDelete: (luecke: Luecke) => void;
}

/** A real table: Handlungsfelder are the row headers, Altersphasen the column headers; each cell lists its gaps. */
function RasterTable({ raster, nurMitLuecken, onEdit, onDelete }: RasterTableProps) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const captionId = useId();
  const byCell = new Map<string, Luecke[]>();
  for (const l of raster.items) {
    const key = `${l.handlungsfeld}|${l.altersphase}`;
    byCell.set(key, [...(byCell.get(key) ?? []), l]);
  }
  const rows = vocab.handlungsfelder.filter((f) => !nurMitLuecken || raster.items.some((l) => l.handlungsfeld === f));
  return (
    <div className="app-table app-lern-grid">
      <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0} data-raster-focus>
        <table className="kern-table app-lern-grid__table">
          <caption id={captionId} className="kern-title app-table__caption">
            {t('transfer.raster.caption', { name: raster.kommune.name })}
          </caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header app-lern-grid__corner">
                {t('transfer.raster.colHandlungsfeld')}
              </th>
              {vocab.altersphasen.map((a) => (
                <th key={a} scope="col" className="kern-table__header app-lern-grid__phase">
                  {labels.altersphase(a)}
                  <span className="app-lern-grid__years"> {t('transfer.raster.years', { range: a.replace('-', '–') })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((f) => (
              <tr key={f} className="kern-table__row">
                <th scope="row" className="kern-table__cell app-table__row-header app-lern-grid__field">
                  {labels.handlungsfeld(f)}
                </th>
                {vocab.altersphasen.map((a) => {
                  const gaps = byCell.get(`${f}|${a}`) ?? [];
                  return (
                    <td key={a} className={`kern-table__cell app-lern-grid__cell${gaps.length ? ' app-lern-grid__cell--gap' : ''}`}>
                      {gaps.length === 0 ? (
                        <span className="app-lern-grid__none">
                          <span aria-hidden="true">–</span>
                          <span className="kern-sr-only">{t('transfer.raster.noGap')}</span>
                        </span>
                      ) : (
                        <ul className="app-lern-grid__gaps">
                          {gaps.map((l) => (
                            <GapEntry key={l.id} luecke={l} editable={raster.darfBearbeiten} onEdit={onEdit} onDelete={onDelete} />
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The grid on narrow screens: each field of action with gaps, its age phases and their gaps; the rest named in one line. */
function RasterList({ raster, onEdit, onDelete }: Omit<RasterTableProps, 'nurMitLuecken'>) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const felder = vocab.handlungsfelder.filter((f) => raster.items.some((l) => l.handlungsfeld === f));
  const ohne = vocab.handlungsfelder.filter((f) => !felder.includes(f));
  return (
    <section className="app-lern-gridlist" aria-labelledby="raster-liste">
      <h2 id="raster-liste" className="kern-heading-small app-lern-gridlist__title" tabIndex={-1} data-raster-focus>
        {t('transfer.raster.caption', { name: raster.kommune.name })}
      </h2>
      {felder.map((f) => (
        <div key={f} className="app-lern-gridlist__field">
          <h3 className="kern-title app-lern-gridlist__name">{labels.handlungsfeld(f)}</h3>
          <dl className="app-lern-gridlist__phases">
            {vocab.altersphasen
              .filter((a) => raster.items.some((l) => l.handlungsfeld === f && l.altersphase === a))
              .map((a) => (
                <div key={a} className="app-lern-gridlist__phase">
                  <dt className="app-lern-gridlist__phasename">{labels.altersphaseMitAlter(a)}</dt>
                  <dd>
                    <ul className="app-lern-grid__gaps">
                      {raster.items
                        .filter((l) => l.handlungsfeld === f && l.altersphase === a)
                        .map((l) => (
                          <GapEntry key={l.id} luecke={l} editable={raster.darfBearbeiten} onEdit={onEdit} onDelete={onDelete} />
                        ))}
                    </ul>
                  </dd>
                </div>
              ))}
          </dl>
        </div>
      ))}
      {ohne.length > 0 && <p className="kern-body app-muted app-lern-gridlist__none">{t('transfer.raster.withoutGaps', { felder: ohne.map(labels.handlungsfeld).join(', ') })}</p>}
    </section>
  );
}

function GapEntry({ luecke, editable, onEdit, onDelete }: { luecke: Luecke; editable: boolean; onEdit: (l: Luecke) => void; onDelete: (l: Luecke) => void }) {
  const { t } = useTranslation();
  const short = excerpt(luecke.beschreibung, 90);
  return (
    <li className={`app-lern-gap app-lern-gap--${luecke.status}`}>
      <AppLink href={lueckeHref(luecke.id)} className="app-lern-gap__link">
        {short}
        <span className="kern-sr-only"> – {t('transfer.raster.toProposals')}</span>
      </AppLink>
      <span className="app-lern-gap__badges">
        <PrioritaetBadge prioritaet={luecke.prioritaet} />
        <LueckenStatusBadge status={luecke.status} />
      </span>
      {editable && (
        <span className="app-lern-gap__actions">
          <AppButton variant="tertiary" small onPress={() => onEdit(luecke)} aria-label={t('transfer.raster.editGap', { text: short })}>
            {t('transfer.raster.edit')}
          </AppButton>
          <AppButton variant="tertiary" small onPress={() => onDelete(luecke)} aria-label={t('transfer.raster.deleteGap', { text: short })}>
            {t('transfer.raster.delete')}
          </AppButton>
        </span>
      )}
    </li>
  );
}
