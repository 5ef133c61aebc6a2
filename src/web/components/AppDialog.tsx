import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Icon } from './Icon.js';

interface AppDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  footer?: ReactNode;
  role?: 'dialog' | 'alertdialog';
}

/** Modal dialog (react-aria: focus trap, Escape, focus return) in KERN style. */
export function AppDialog({ isOpen, onOpenChange, title, children, footer, role = 'dialog' }: AppDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={role === 'dialog'} className="app-modal-overlay">
      <Modal className="app-modal">
        <Dialog role={role} className="kern-dialog app-dialog">
          {({ close }) => (
            <>
              <div className="kern-dialog__header app-dialog__header">
                <Heading slot="title" level={2} className="kern-title kern-title--large">
                  {title}
                </Heading>
                <Button className="kern-btn kern-btn--tertiary app-dialog__close" onPress={close}>
                  <Icon name="close" />
                  <span className="kern-label kern-sr-only">{t('common.close')}</span>
                </Button>
              </div>
              <div className="kern-dialog__body app-dialog__body">{children}</div>
              {footer && <div className="kern-dialog__footer">{footer}</div>}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
