import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { errorMessage } from '../../../lib/errors.js';
import { useAbschliessen, type Runde } from '../api.js';
import { formatDay } from '../format.js';

/** "2026-07-31" of the day `days` after today, for the confirmation. */
function dayAfter(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Closing asks first: it ends the uploads and sets the date on which every name of the round is deleted. */
export function AbschliessenButton({ runde, onClosed }: { runde: Runde; onClosed: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const abschliessen = useAbschliessen(runde.id);
  const sofort = runde.aufbewahrungTage === 0;

  function confirm() {
    abschliessen.mutate(runde.version, {
      onSuccess: (closed) => {
        setOpen(false);
        onClosed(closed.status === 'geloescht' ? t('transitions.close.doneDeleted') : t('transitions.close.done', { date: formatDay(closed.loeschungAm) }));
      },
    });
  }

  return (
    <div className="app-trans-close">
      <AppButton variant="secondary" onPress={() => setOpen(true)}>
        {t('transitions.close.button')}
      </AppButton>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) abschliessen.reset();
        }}
        title={t('transitions.close.title')}
        confirmLabel={t('transitions.close.confirm')}
        onConfirm={confirm}
        isPending={abschliessen.isPending}
      >
        <p className="kern-body">{t('transitions.close.text')}</p>
        <p className="kern-body">
          <strong>{sofort ? t('transitions.close.deleteNow') : t('transitions.close.deleteOn', { date: formatDay(dayAfter(runde.aufbewahrungTage)), count: runde.aufbewahrungTage })}</strong>
        </p>
        <p className="kern-body">{t('transitions.close.keep')}</p>
        {abschliessen.isError && (
          <Alert variant="danger" role="alert" title={t('transitions.close.failed')}>
            <p className="kern-body">{errorMessage(abschliessen.error)}</p>
          </Alert>
        )}
      </ConfirmDialog>
    </div>
  );
}
