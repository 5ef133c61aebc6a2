import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership, UserWithMemberships } from '../../../domain/identity/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { errorMessage } from '../../lib/errors.js';
import { scopeLabel } from '../scopes/api.js';
import { useRevokeMembership } from './api.js';

/** The person's roles, each with a "remove" action behind a confirmation. */
export function MembershipTable({ user }: { user: UserWithMemberships }) {
  const { t } = useTranslation();
  const revoke = useRevokeMembership();
  const [pending, setPending] = useState<Membership | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function confirm() {
    if (!pending) return;
    revoke.mutate(pending.id, {
      onSuccess: () => {
        setPending(null);
        setMessage(t('userDetail.removed'));
      },
      onError: () => setPending(null),
    });
  }

  const columns: Column<Membership>[] = [
    { key: 'role', header: t('userDetail.colRole'), isRowHeader: true, render: (m) => t(`roles.${m.role}`) },
    { key: 'scope', header: t('userDetail.colScope'), render: (m) => scopeLabel(m.scope, t) },
    {
      key: 'actions',
      header: t('userDetail.colActions'),
      action: true,
      render: (m) => (
        <AppButton
          variant="tertiary"
          small
          icon="delete"
          aria-label={t('userDetail.removeLabel', { role: t(`roles.${m.role}`), scope: scopeLabel(m.scope, t) })}
          onPress={() => {
            setMessage(null);
            revoke.reset();
            setPending(m);
          }}
        >
          {t('userDetail.remove')}
        </AppButton>
      ),
    },
  ];

  return (
    <>
      <StatusMessage message={message} />
      {revoke.isError && <Alert variant="danger" role="alert" title={errorMessage(revoke.error)} />}
      <DataTable
        caption={t('userDetail.membershipsCaption', { name: user.name })}
        captionHidden
        columns={columns}
        rows={user.memberships}
        rowKey={(m) => m.id}
        emptyText={t('userDetail.noMemberships')}
      />
      <ConfirmDialog
        isOpen={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={t('userDetail.removeTitle')}
        confirmLabel={t('userDetail.remove')}
        onConfirm={confirm}
        isPending={revoke.isPending}
      >
        {pending && (
          <p className="kern-body">
            {t('userDetail.removeText', { name: user.name, role: t(`roles.${pending.role}`), scope: scopeLabel(pending.scope, t) })}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
