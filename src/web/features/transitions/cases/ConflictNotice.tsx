import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert.js';

/** Someone else changed the case meanwhile: the server's sentence, focused so it is read out. */
export function ConflictNotice({ message }: { message: string | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <Alert ref={ref} variant="warning" role="alert" tabIndex={-1} title={t('transitions.case.conflictTitle')}>
      <p className="kern-body">{message}</p>
      <p className="kern-body">{t('transitions.case.conflictHint')}</p>
    </Alert>
  );
}
