import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { errorMessage } from '../../../lib/errors.js';
import { useSetArchived, type EntityKind, type EntityOf } from './api.js';
import { isConflict } from './parts.js';

export interface FieldDiff {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

/** The fields whose shown text differs between the person's input and the stored version. */
export function diffRows(labels: Record<string, string>, mine: Record<string, string>, theirs: Record<string, string>): FieldDiff[] {
  return Object.keys(labels)
    .filter((field) => (mine[field] ?? '') !== (theirs[field] ?? ''))
    .map((field) => ({ field, label: labels[field]!, mine: mine[field] ?? '', theirs: theirs[field] ?? '' }));
}

interface ConflictNoticeProps {
  /** Null until the stored version has been loaded. */
  diffs: FieldDiff[] | null;
  onLoad: () => void;
  isLoading: boolean;
  onTakeTheirs: () => void;
}

/**
 * Someone saved the entry while this person edited it (409). Their input stays in the form; the
 * stored version can be loaded next to it, then either input is saved again or the stored one taken.
 */
export function ConflictNotice({ diffs, onLoad, isLoading, onTakeTheirs }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const captionId = useId();
  const loaded = diffs !== null;

  useEffect(() => {
    ref.current?.focus();
  }, [loaded]);

  return (
    <Alert ref={ref} variant="warning" tabIndex={-1} titleId={titleId} aria-labelledby={titleId} title={t('mapping.conflict.title')}>
      {!loaded ? (
        <>
          <p className="kern-body">{t('mapping.conflict.text')}</p>
          <div className="app-actions">
            <AppButton variant="secondary" icon="arrow-forward" onPress={onLoad} isPending={isLoading}>
              {t('mapping.conflict.load')}
            </AppButton>
          </div>
        </>
      ) : (
        <>
          <p className="kern-body">{diffs.length ? t('mapping.conflict.compare') : t('mapping.conflict.same')}</p>
          {diffs.length > 0 && (
            <div className="kern-table-responsive app-mapping-diff" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="kern-table">
                <caption id={captionId} className="kern-title app-table__caption">
                  {t('mapping.conflict.caption')}
                </caption>
                <thead>
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">
                      {t('mapping.conflict.colField')}
                    </th>
                    <th scope="col" className="kern-table__header">
                      {t('mapping.conflict.colMine')}
                    </th>
                    <th scope="col" className="kern-table__header">
                      {t('mapping.conflict.colTheirs')}
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {diffs.map((diff) => (
                    <tr key={diff.field} className="kern-table__row">
                      <th scope="row" className="kern-table__cell app-table__row-header">
                        {diff.label}
                      </th>
                      <td className="kern-table__cell app-mapping-diff__value">{diff.mine || t('common.notSet')}</td>
                      <td className="kern-table__cell app-mapping-diff__value">{diff.theirs || t('common.notSet')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="app-actions">
            <AppButton variant="secondary" onPress={onTakeTheirs}>
              {t('mapping.conflict.takeTheirs')}
            </AppButton>
          </div>
        </>
      )}
    </Alert>
  );
}

interface ArchiveControlProps<K extends EntityKind> {
  kind: K;
  entity: EntityOf<K>;
  name: string;
  onDone: (updated: EntityOf<K>, message: string) => void;
  onConflict: () => void;
}

/** Archive (or restore) an entry after asking; the version goes along (409 if it is outdated). */
export function ArchiveControl<K extends EntityKind>({ kind, entity, name, onDone, onConflict }: ArchiveControlProps<K>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mutation = useSetArchived(kind, entity.id);
  const archive = !entity.archiviert;
  const what = t(`mapping.archive.what.${kind}`);

  function confirm() {
    setError(null);
    mutation.mutate(
      { archived: archive, version: entity.version },
      {
        onSuccess: (updated) => {
          setOpen(false);
          onDone(updated, t(archive ? 'mapping.archive.archived' : 'mapping.archive.restored', { name }));
        },
        onError: (failure) => {
          setOpen(false);
          if (isConflict(failure)) onConflict();
          else setError(errorMessage(failure));
        },
      },
    );
  }

  return (
    <div className="app-mapping-archive">
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      <p className="kern-body">{t(archive ? `mapping.archive.explain.${kind}` : 'mapping.archive.explainRestore')}</p>
      <div className="app-actions">
        <AppButton variant="secondary" icon={archive ? 'delete' : 'check'} onPress={() => setOpen(true)}>
          {archive ? t('mapping.archive.archiveButton', { what }) : t('mapping.archive.restoreButton', { what })}
        </AppButton>
      </div>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={archive ? t('mapping.archive.confirmArchiveTitle', { what }) : t('mapping.archive.confirmRestoreTitle', { what })}
        confirmLabel={archive ? t('mapping.archive.archive') : t('mapping.archive.restore')}
        onConfirm={confirm}
        isPending={mutation.isPending}
      >
        <p className="kern-body">{t(archive ? 'mapping.archive.confirmArchive' : 'mapping.archive.confirmRestore', { name })}</p>
      </ConfirmDialog>
    </div>
  );
}
