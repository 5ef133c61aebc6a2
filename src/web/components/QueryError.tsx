import { useTranslation } from 'react-i18next';
import { errorMessage, errorRequestId } from '../lib/errors.js';
import { Alert } from './Alert.js';
import { AppButton } from './AppButton.js';

/** Shown when data for a page could not be loaded. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const requestId = errorRequestId(error);
  return (
    <Alert variant="danger" role="alert" title={t('common.loadError')}>
      <p className="kern-body">{errorMessage(error)}</p>
      {requestId && <p className="kern-body kern-body--small">{t('errors.requestId', { id: requestId })}</p>}
      {onRetry && (
        <div>
          <AppButton variant="secondary" onPress={onRetry}>
            {t('common.retry')}
          </AppButton>
        </div>
      )}
    </Alert>
  );
}
