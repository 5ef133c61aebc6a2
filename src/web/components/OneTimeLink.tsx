import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.js';
import { absoluteLink } from '../lib/links.js';
import { AppButton } from './AppButton.js';
import { FormField } from './FormField.js';

interface CopyableAddressProps {
  /** The id of the read-only field; when copying fails, its text is selected for Ctrl+C. */
  id: string;
  label: string;
  /** A path of this app or a full address. */
  address: string;
  texts: { copy: string; copied: string; copyFailed: string };
  /** Shown between the field and the buttons. */
  note?: ReactNode;
  /** More buttons beside the copy button. */
  actions?: ReactNode;
  actionsClassName?: string;
}

/** An address in a read-only field with a copy button; the outcome of copying is announced. */
export function CopyableAddress({ id, label, address, texts, note, actions, actionsClassName }: CopyableAddressProps) {
  const url = absoluteLink(address);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    }
  }

  return (
    <>
      <FormField id={id} label={label} value={url} isReadOnly width="full" />
      {note}
      <div className={actionsClassName ? `app-actions ${actionsClassName}` : 'app-actions'}>
        <AppButton variant="secondary" icon="content-copy" onPress={() => void copy()}>
          {texts.copy}
        </AppButton>
        {actions}
      </div>
      <p className="kern-body app-copy-status" role="status">
        {copyState === 'copied' ? texts.copied : copyState === 'failed' ? texts.copyFailed : ''}
      </p>
    </>
  );
}

interface OneTimeLinkProps {
  id: string;
  label: string;
  link: string;
  expiresAt: string;
  /** Whether the server sent the link by e-mail, and what to say in either case. */
  emailNote: string;
}

/** Shows a one-time link (invitation, password reset) with a copy button. */
export function OneTimeLink({ id, label, link, expiresAt, emailNote }: OneTimeLinkProps) {
  const { t } = useTranslation();
  return (
    <div className="app-one-time-link">
      <p className="kern-body">{emailNote}</p>
      <CopyableAddress
        id={id}
        label={label}
        address={link}
        texts={{ copy: t('oneTimeLink.copy'), copied: t('oneTimeLink.copied'), copyFailed: t('oneTimeLink.copyFailed') }}
        note={<p className="kern-body kern-body--small">{t('oneTimeLink.validUntil', { date: formatDateTime(expiresAt) })}</p>}
      />
    </div>
  );
}
