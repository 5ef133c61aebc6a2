import './transfer.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/Alert.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { useKommunen } from '../../directory/api.js';
import { KommuneComboBox } from '../../directory/KommuneComboBox.js';
import { useCurrentSession } from '../../identity/session.js';
import { MappingSubnav } from '../shared/MappingSubnav.js';
import { MappingTransferPanel } from './MappingTransferPanel.js';
import { canImportInto } from './permissions.js';

const isId = (value: string | null): value is string => Boolean(value && /^[0-9a-f-]{36}$/i.test(value));

/** /akteure/import-export?kommune=… — import and export of the actors and offers of one Kommune. */
export function MappingTransferPage() {
  const { t } = useTranslation();
  const pickerId = useId();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const kommunen = useKommunen();
  const raw = params.get('kommune');
  const kommuneId = isId(raw) ? raw : null;
  const kommune = kommuneId ? kommunen.data?.items.find((k) => k.id === kommuneId) : undefined;

  return (
    <>
      <PageHeader
        preline={kommune?.name}
        title={t('mappingTransfer.pageTitle')}
        documentTitle={kommune ? t('mappingTransfer.pageDocumentTitle', { kommune: kommune.name }) : undefined}
        lead={t('mappingTransfer.pageLead')}
      />
      <MappingSubnav kommuneId={kommuneId} />
      {kommunen.isError ? (
        <QueryError error={kommunen.error} onRetry={() => void kommunen.refetch()} />
      ) : kommunen.isPending ? (
        <Loading />
      ) : (
        <div className="app-transfer-page__picker">
          <KommuneComboBox
            id={pickerId}
            label={t('mappingTransfer.kommune')}
            hint={t('mappingTransfer.kommuneHint')}
            kommunen={kommunen.data.items}
            value={kommuneId}
            onChange={(next) => setParams(next ? new URLSearchParams({ kommune: next }) : new URLSearchParams())}
          />
        </div>
      )}
      {!kommuneId ? (
        <Alert variant="info" title={t('mappingTransfer.chooseKommune')} />
      ) : (
        <div className="app-transfer-page">
          {(['akteure', 'angebote'] as const).map((kind) => (
            <MappingTransferPanel key={`${kommuneId}-${kind}`} kommuneId={kommuneId} kind={kind} canImport={canImportInto(session, { id: kommuneId, ags: kommune?.ags })} />
          ))}
        </div>
      )}
    </>
  );
}
