import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserWithMemberships } from '../../../domain/identity/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { OneTimeLink } from '../../components/OneTimeLink.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { errorMessage } from '../../lib/errors.js';
import { useCreateResetLink, useSetActive } from './api.js';

/** Deactivate / reactivate the account and create a password reset link. */
export function AccessSection({ user, isSelf }: { user: UserWithMemberships; isSelf: boolean }) {
  const { t } = useTranslation();
  const setActive = useSetActive(user.id);
  const resetLink = useCreateResetLink(user.id);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // Someone who never accepted their invitation gets a fresh invitation link instead.
  const isInvitation = resetLink.data?.link.includes('/einladung/') ?? false;

  function change(active: boolean) {
    setMessage(null);
    setActive.mutate(active, {
      onSuccess: () => {
        setConfirmOpen(false);
        setMessage(active ? t('userDetail.reactivated') : t('userDetail.deactivated'));
      },
      onError: () => setConfirmOpen(false),
    });
  }

  return (
    <>
      <StatusMessage message={message} />
      {setActive.isError && <Alert variant="danger" role="alert" title={errorMessage(setActive.error)} />}
      <p className="kern-body">{user.active ? t('userDetail.activeText') : t('userDetail.inactiveText')}</p>
      <div className="app-actions">
        {user.active ? (
          isSelf ? (
            <p className="kern-body kern-body--muted">{t('userDetail.ownAccount')}</p>
          ) : (
            <AppButton variant="secondary" onPress={() => setConfirmOpen(true)}>
              {t('userDetail.deactivate')}
            </AppButton>
          )
        ) : (
          <AppButton variant="secondary" onPress={() => change(true)} isPending={setActive.isPending}>
            {t('userDetail.reactivate')}
          </AppButton>
        )}
        {user.active && (
          <AppButton variant="secondary" icon="mail" onPress={() => resetLink.mutate()} isPending={resetLink.isPending}>
            {t('userDetail.resetLink')}
          </AppButton>
        )}
      </div>
      {resetLink.isError && <Alert variant="danger" role="alert" title={errorMessage(resetLink.error)} />}
      {resetLink.data && (
        <div className="app-subsection">
          <h3 className="kern-heading-small">{isInvitation ? t('userDetail.invitationRenewed') : t('userDetail.resetCreated')}</h3>
          <OneTimeLink
            id="zuruecksetzen-link"
            label={isInvitation ? t('invite.link') : t('userDetail.resetLinkLabel')}
            link={resetLink.data.link}
            expiresAt={resetLink.data.expiresAt}
            emailNote={resetLink.data.emailed ? t('userDetail.resetEmailed', { email: user.email }) : t('userDetail.resetNotEmailed', { email: user.email })}
          />
        </div>
      )}
      <ConfirmDialog
        isOpen={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={t('userDetail.deactivateTitle')}
        confirmLabel={t('userDetail.deactivate')}
        onConfirm={() => change(false)}
        isPending={setActive.isPending}
      >
        <p className="kern-body">{t('userDetail.deactivateText', { name: user.name })}</p>
      </ConfirmDialog>
    </>
  );
}
