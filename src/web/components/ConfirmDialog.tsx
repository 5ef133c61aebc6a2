import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppButton } from './AppButton.js';
import { AppDialog } from './AppDialog.js';

interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
}

/** Asks before a consequential action (alertdialog). */
export function ConfirmDialog({ isOpen, onOpenChange, title, children, confirmLabel, onConfirm, isPending }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <AppDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={title}
      role="alertdialog"
      footer={
        <>
          <AppButton variant="secondary" onPress={() => onOpenChange(false)}>
            {t('common.cancel')}
          </AppButton>
          <AppButton variant="primary" onPress={onConfirm} isPending={isPending}>
            {confirmLabel}
          </AppButton>
        </>
      }
    >
      {children}
    </AppDialog>
  );
}
