import { useTranslation } from 'react-i18next';
import type { ModuleKey } from '../../app/modules.js';
import { Alert } from '../../components/Alert.js';
import { PageHeader } from '../../components/PageHeader.js';

/** Stands in for a module until its pages exist. */
export function ModulePlaceholderPage({ moduleKey }: { moduleKey: ModuleKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`modules.${moduleKey}.title`)} lead={t(`modules.${moduleKey}.description`)} />
      <Alert variant="info" title={t('modules.placeholder')}>
        <p className="kern-body">{t('modules.placeholderHint')}</p>
      </Alert>
    </>
  );
}
