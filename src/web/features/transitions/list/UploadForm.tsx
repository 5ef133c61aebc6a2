import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../../../../domain/transitions/pupil-list.js';
import { MAX_LISTE_BYTES, type ListenArt } from '../../../../domain/transitions/round-contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { SpreadsheetFileField } from '../../../components/SpreadsheetFileField.js';
import { errorMessage, errorRequestId } from '../../../lib/errors.js';
import { useUploadListe, type ListeBericht } from '../api.js';
import { formatCount } from '../format.js';
import { useTransitionsLabels } from '../labels.js';
import { ColumnMapping, type Spalten } from './ColumnMapping.js';
import { ListeReport } from './ListeReport.js';

function formatOf(file: File): 'csv' | 'xlsx' | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/**
 * Upload of the school's own list: choose a file, check it (nothing is stored), assign columns the
 * server did not recognise, then save. Saving replaces a list uploaded before.
 */
export function UploadForm({ rundeId, schuleId, art, vorhanden }: { rundeId: string; schuleId: string; art: ListenArt; vorhanden: boolean }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // Set once the person assigns columns by hand; sent with every further check and the save.
  const [spalten, setSpalten] = useState<Spalten | null>(null);
  const [attempt, setAttempt] = useState(0);
  // A new file starts the mapping step afresh.
  const [fileKey, setFileKey] = useState(0);
  const upload = useUploadListe(rundeId, schuleId, art);
  // The last report stays on screen while the next check runs.
  const [bericht, setBericht] = useState<ListeBericht | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // The outcome (report or error) takes focus, so it is announced and read from the top.
  useEffect(() => {
    if (attempt > 0 && (upload.isSuccess || upload.isError)) resultRef.current?.focus();
  }, [attempt, upload.isSuccess, upload.isError]);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setFileError(null);
    setSpalten(null);
    setBericht(null);
    setFileKey((n) => n + 1);
    upload.reset();
  }

  function fail(message: string) {
    setFileError(message);
    setBericht(null);
    upload.reset();
    inputRef.current?.focus();
  }

  function send(dryRun: boolean, mapping: Spalten | null = spalten) {
    if (!file) return fail(t('transitions.list.noFile'));
    const format = formatOf(file);
    if (!format) return fail(t('transitions.list.wrongType'));
    if (file.size > MAX_LISTE_BYTES) return fail(t('transitions.list.tooLarge'));
    setFileError(null);
    setAttempt((n) => n + 1);
    upload.mutate({ file, format, dryRun, spalten: mapping ?? undefined }, { onSuccess: setBericht, onError: () => setBericht(null) });
  }

  // The mapping step shows once a check found headers it could not read, and stays while the person works on it.
  const zeigeZuordnung = bericht !== null && bericht.dryRun && (bericht.fehlendeFelder.length > 0 || spalten !== null);
  const startwerte: Spalten = Object.fromEntries((bericht?.spalten ?? []).map((s) => [s.name, (s.feld ?? '') as ListColumn | '']));
  const pending = upload.isPending ? upload.variables?.dryRun : undefined;

  return (
    <div className="app-trans-upload">
      <p className="kern-body app-trans-text">{t(`transitions.list.uploadLead.${art}`)}</p>
      {vorhanden && <p className="kern-body app-trans-text">{t('transitions.list.replaces', { art: labels.listenArt(art) })}</p>}
      <details className="app-details app-trans-columns">
        <summary>{t('transitions.list.columnsSummary')}</summary>
        <p className="kern-body">{t('transitions.list.columnsLead')}</p>
      </details>
      <SpreadsheetFileField label={t('transitions.list.file', { art: labels.listenArt(art) })} hint={t('transitions.list.fileHint')} error={fileError} inputRef={inputRef} className="app-trans-file" onChange={choose} />
      <div className="app-actions app-trans-upload__actions">
        <AppButton variant={bericht?.ok && bericht.dryRun ? 'secondary' : 'primary'} icon="check" isPending={pending === true} isDisabled={upload.isPending && pending !== true} onPress={() => send(true)}>
          {t('transitions.list.check')}
        </AppButton>
      </div>
      <div ref={resultRef} tabIndex={-1} className="app-trans-upload__result">
        {upload.isError && (
          <Alert variant="danger" role="alert" title={t('transitions.list.requestFailed')}>
            <p className="kern-body">{errorMessage(upload.error)}</p>
            <RequestId error={upload.error} />
          </Alert>
        )}
        {bericht && <ListeReport bericht={bericht} art={art} />}
        {zeigeZuordnung && (
          <ColumnMapping
            key={fileKey}
            art={art}
            startwerte={spalten ?? startwerte}
            fehlend={bericht.fehlendeFelder}
            isPending={pending === true}
            onCheck={(mapping) => {
              setSpalten(mapping);
              send(true, mapping);
            }}
          />
        )}
        {bericht?.ok && bericht.dryRun && (
          <div className="app-actions">
            <AppButton icon="check" isPending={pending === false} isDisabled={upload.isPending && pending !== false} onPress={() => send(false)}>
              {t('transitions.list.save')}
            </AppButton>
            <span className="kern-body">{t('transitions.list.saveHint', { count: bericht.zeilen, formatted: formatCount(bericht.zeilen) })}</span>
          </div>
        )}
      </div>
    </div>
  );
}

function RequestId({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const id = errorRequestId(error);
  return id ? <p className="kern-body kern-body--small">{t('errors.requestId', { id })}</p> : null;
}
