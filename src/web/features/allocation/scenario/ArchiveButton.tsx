import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppButton } from '../../../components/AppButton.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { errorMessage } from '../../../lib/errors.js';
import { allocationKey, useSetSzenarioArchived, type Szenario } from '../api.js';
import { isConflict } from '../parts.js';

/** Archive (or restore) with a confirmation; sends the version the page shows. */
export function ArchiveButton({ szenario, onDone }: { szenario: Szenario; onDone: (message: string, failed?: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useSetSzenarioArchived(szenario.id);
  const [open, setOpen] = useState(false);
  const archive = !szenario.archiviert;

  function confirm() {
    mutation.mutate(
      { archived: archive, version: szenario.version },
      {
        onSuccess: () => {
          setOpen(false);
          onDone(t(archive ? 'allocation.archive.archived' : 'allocation.archive.restored', { name: szenario.name }));
        },
        onError: (failure) => {
          setOpen(false);
          onDone(isConflict(failure) ? t('allocation.archive.conflict') : errorMessage(failure), true);
          if (isConflict(failure)) void queryClient.invalidateQueries({ queryKey: [...allocationKey, 'szenario', szenario.id], exact: true });
        },
      },
    );
  }

  return (
    <>
      <AppButton variant="secondary" onPress={() => setOpen(true)}>
        {archive ? t('allocation.archive.archive') : t('allocation.archive.restore')}
      </AppButton>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={archive ? t('allocation.archive.confirmArchiveTitle') : t('allocation.archive.confirmRestoreTitle')}
        confirmLabel={archive ? t('allocation.archive.archive') : t('allocation.archive.restore')}
        onConfirm={confirm}
        isPending={mutation.isPending}
      >
        <p className="kern-body">{archive ? t('allocation.archive.confirmArchiveText', { name: szenario.name }) : t('allocation.archive.confirmRestoreText', { name: szenario.name })}</p>
      </ConfirmDialog>
    </>
  );
}
