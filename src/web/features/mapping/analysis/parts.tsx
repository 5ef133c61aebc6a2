import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { MappingSubnav, mappingSubnavItems, type MappingSubnavItem } from '../shared/MappingSubnav.js';
import { KommunePicker } from './KommunePicker.js';
import type { useKommuneParam } from './kommune.js';

export const analysisPaths = {
  netzwerk: '/akteure/netzwerk',
  abdeckung: '/akteure/abdeckung',
  ressourcen: '/akteure/ressourcen',
} as const;
export type AnalysisPage = keyof typeof analysisPaths;

/** The analyses as entries of the module's navigation (MappingSubnav). */
export const analysisSubnavItems: MappingSubnavItem[] = (Object.keys(analysisPaths) as AnalysisPage[]).map((page) => ({
  key: page,
  path: analysisPaths[page],
  label: (t) => t(`mappingAnalysis.nav.${page}`),
}));

/** The module's navigation with the analyses (added here unless the module's list has them already); the chosen Kommune goes along. */
export function AnalysisNav({ kommuneId }: { kommuneId: string | null }) {
  const known = new Set(mappingSubnavItems.map((item) => item.key));
  return <MappingSubnav kommuneId={kommuneId} items={[...mappingSubnavItems, ...analysisSubnavItems.filter((item) => !known.has(item.key))]} />;
}

/** The Kommune picker with loading and error states. */
export function KommuneField({ id, state }: { id: string; state: ReturnType<typeof useKommuneParam> }) {
  const { kommunen, kommuneId, setParams } = state;
  if (kommunen.isError) return <QueryError error={kommunen.error} onRetry={() => void kommunen.refetch()} />;
  if (kommunen.isPending) return <Loading />;
  return (
    <KommunePicker
      id={id}
      kommunen={kommunen.data.items}
      value={kommuneId}
      onChange={(next) => {
        if (next === kommuneId) return;
        // Filters of another Kommune make no sense here.
        setParams(new URLSearchParams({ kommune: next }));
      }}
    />
  );
}

export function ChooseKommune() {
  const { t } = useTranslation();
  return (
    <Alert variant="info" title={t('mappingAnalysis.chooseKommune')}>
      <p className="kern-body">{t('mappingAnalysis.chooseKommuneHint')}</p>
    </Alert>
  );
}

export function SharedOnlyNotice({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Alert variant="info" title={t('mappingAnalysis.nurGeteiltTitle')}>
      <p className="kern-body">{t('mappingAnalysis.nurGeteilt')}</p>
    </Alert>
  );
}

