import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.js';
import { absoluteLink } from '../lib/links.js';
import { AppButton } from './AppButton.js';
import { FormField } from './FormField.js';

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
  const url = absoluteLink(link);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      document.getElementById(id)?.focus();
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  }

  return (
    <div className="app-one-time-link">
      <p className="kern-body">{emailNote}</p>
      <FormField id={id} label={label} value={url} isReadOnly width="full" />
      <p className="kern-body kern-body--small">{t('oneTimeLink.validUntil', { date: formatDateTime(expiresAt) })}</p>
      <div className="app-actions">
        <AppButton variant="secondary" icon="content-copy" onPress={() => void copy()}>
          {t('oneTimeLink.copy')}
        </AppButton>
      </div>
      <p className="kern-body app-copy-status" role="status">
        {copyState === 'copied' ? t('oneTimeLink.copied') : copyState === 'failed' ? t('oneTimeLink.copyFailed') : ''}
      </p>
    </div>
  );
}
