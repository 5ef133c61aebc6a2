import './shared.css';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/Alert.js';
import { DetailList } from '../../../components/DetailList.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { isApiError } from '../../../lib/api.js';
import { formatDateTime } from '../../../lib/format.js';
import { useGeteilt } from '../api.js';
import { ModelSummary } from '../parts/ModelSummary.js';
import { ResultFigures, ResultNotes } from '../parts/ResultFigures.js';
import { ResultTable, resultSorts, type ResultSort, type ResultTableState } from '../parts/ResultTable.js';

export const sharedHref = (token: string) => `/verteilung/geteilt/${encodeURIComponent(token)}`;
export const sharedSchoolHref = (token: string, schuleId: string) => `${sharedHref(token)}/schulen/${encodeURIComponent(schuleId)}`;

/** Unknown, malformed and revoked links all answer 404. */
export const isGone = (error: unknown) => isApiError(error) && error.status === 404;

/** The page for a link that does not (or no longer) work: the same for unknown and revoked ones. */
export function LinkGone() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('allocationCompare.shared.goneTitle')} />
      <Alert variant="warning" role="alert" title={t('allocationCompare.shared.goneLead')}>
        <p className="kern-body">{t('allocationCompare.shared.goneText')}</p>
      </Alert>
    </>
  );
}

/** The data source, as the licence of the school data asks. */
export function Attribution({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Section title={t('allocationCompare.shared.sourceTitle')} className="app-shared-source">
      <p className="kern-body kern-body--small">{text}</p>
    </Section>
  );
}

/** The result table's search, sort and page live in the address, so "back" from a school returns to the same rows. */
function useTableState(): [ResultTableState, (state: ResultTableState) => void] {
  const [params, setParams] = useSearchParams();
  const rawSort = params.get('sortierung');
  const sort: ResultSort = (resultSorts as readonly string[]).includes(rawSort ?? '') ? (rawSort as ResultSort) : 'menge';
  const richtung = params.get('richtung');
  const state: ResultTableState = {
    q: params.get('suche') ?? '',
    sort,
    direction: richtung === 'auf' ? 'asc' : richtung === 'ab' ? 'desc' : sort === 'menge' ? 'desc' : 'asc',
    page: Math.max(1, Number.parseInt(params.get('seite') ?? '1', 10) || 1),
  };
  const update = (next: ResultTableState) => {
    const p = new URLSearchParams();
    if (next.q) p.set('suche', next.q);
    if (next.sort !== 'menge' || next.direction !== 'desc') {
      p.set('sortierung', next.sort);
      p.set('richtung', next.direction === 'asc' ? 'auf' : 'ab');
    }
    if (next.page > 1) p.set('seite', String(next.page));
    setParams(p, { replace: true });
  };
  return [state, update];
}

/**
 * /verteilung/geteilt/:token — a scenario shared with the steering group, readable without an
 * account: name, scope, notes, model, result per school with each school's explanation, and the
 * source of the school data. Nothing on it changes anything.
 */
export function SharedScenarioPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const geteilt = useGeteilt(token);
  const [tableState, setTableState] = useTableState();

  if (geteilt.isPending) return <Loading />;
  if (geteilt.isError) {
    if (isGone(geteilt.error)) return <LinkGone />;
    return (
      <>
        <PageHeader title={t('allocationCompare.shared.title')} />
        <QueryError error={geteilt.error} onRetry={() => void geteilt.refetch()} />
      </>
    );
  }

  const { szenario, attribution } = geteilt.data;
  const { ergebnis, modell } = szenario;
  return (
    <>
      <PageHeader
        preline={t('allocationCompare.shared.preline')}
        title={szenario.name}
        documentTitle={t('allocationCompare.shared.documentTitle', { name: szenario.name })}
      />
      <Alert variant="info" title={t('allocationCompare.shared.readOnlyTitle')}>
        <p className="kern-body">{t('allocationCompare.shared.readOnlyText', { nummer: szenario.versionNummer, datum: formatDateTime(ergebnis.berechnetAm) })}</p>
      </Alert>

      <Section title={t('allocationCompare.shared.overviewTitle')}>
        <DetailList
          rows={[
            [t('allocationCompare.shared.scope'), t(`allocationCompare.shared.scopeTyp.${szenario.scopeTyp}`, { name: szenario.scopeName })],
            [t('allocationCompare.shared.version'), t('allocationCompare.shared.versionText', { nummer: szenario.versionNummer, datum: formatDateTime(szenario.aktualisiertAm) })],
            ...(szenario.archiviert ? ([[t('allocationCompare.shared.status'), t('allocationCompare.shared.archived')]] as [string, string][]) : []),
          ]}
        />
        <div className="app-shared-figures">
          <ResultFigures ergebnis={ergebnis} />
        </div>
      </Section>

      <Section title={t('allocationCompare.shared.notesTitle')}>
        {szenario.beschreibung ? <p className="kern-body app-shared-notes">{szenario.beschreibung}</p> : <p className="kern-body app-muted">{t('allocationCompare.shared.noNotes')}</p>}
      </Section>

      <Section title={t('allocationCompare.shared.modelTitle')}>
        <ModelSummary modell={modell} bereich={szenario.scopeName} />
      </Section>

      <Section title={t('allocationCompare.shared.hintsTitle')}>
        <ResultNotes ergebnis={ergebnis} />
      </Section>

      <Section title={t('allocationCompare.shared.resultTitle')}>
        <p className="kern-body app-shared-intro">{t('allocationCompare.shared.resultIntro')}</p>
        <ResultTable
          schulen={ergebnis.schulen}
          einheit={ergebnis.einheit}
          schoolHref={(s) => sharedSchoolHref(token, s.schuleId)}
          caption={t('allocationCompare.shared.resultCaption', { name: szenario.name })}
          state={tableState}
          onStateChange={setTableState}
        />
      </Section>

      <Attribution text={attribution} />
    </>
  );
}
