import './transfer.css';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { SelectField } from '../../components/SelectField.js';
import { useMatches, type Luecke, type Matches } from './api.js';
import { isHandlungsfeld, useTransferLabels, vocab } from './labels.js';
import { ProposalList } from './luecken/ProposalList.js';
import { isNoAccess, LueckenStatusBadge, NoAccess, PrioritaetBadge } from './parts.js';
import { lueckeHref, praxisListHref, rasterHref, transferHome } from './paths.js';

const ALLE = 'alle';
const prioritaetOrder = { hoch: 0, mittel: 1, niedrig: 2 } as const;

/** /lernnetzwerk/netzwerke/:id/matches — every open gap of the learning network with its proposals, as the meeting did on paper. */
export function MatchesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const matches = useMatches(id);
  if (matches.isError && isNoAccess(matches.error)) return <NoAccess error={matches.error} />;
  return (
    <>
      <BackLink href={transferHome}>{t('transfer.backToStart')}</BackLink>
      {matches.isError ? (
        <>
          <PageHeader title={t('transfer.matches.title')} />
          <QueryError error={matches.error} onRetry={() => void matches.refetch()} />
        </>
      ) : matches.isPending ? (
        <>
          <PageHeader title={t('transfer.matches.title')} />
          <Loading />
        </>
      ) : (
        <MatchesView netzwerkId={id} data={matches.data} />
      )}
    </>
  );
}

function MatchesView({ netzwerkId, data }: { netzwerkId: string; data: Matches }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const [params, setParams] = useSearchParams();
  const kommuneParam = params.get('kommune');
  const kommuneId = data.kommunen.some((k) => k.id === kommuneParam) ? kommuneParam : null;
  const feldParam = params.get('feld');
  const feld = isHandlungsfeld(feldParam) ? feldParam : null;

  const setFilter = (key: 'kommune' | 'feld', value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value && value !== ALLE) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const shown = data.items
    .filter((m) => (!kommuneId || m.luecke.kommune.id === kommuneId) && (!feld || m.luecke.handlungsfeld === feld))
    .sort(
      (a, b) =>
        a.luecke.kommune.name.localeCompare(b.luecke.kommune.name, 'de') ||
        prioritaetOrder[a.luecke.prioritaet] - prioritaetOrder[b.luecke.prioritaet] ||
        vocab.handlungsfelder.indexOf(a.luecke.handlungsfeld) - vocab.handlungsfelder.indexOf(b.luecke.handlungsfeld),
    );
  const groups: { kommune: { id: string; name: string }; items: typeof shown }[] = [];
  for (const m of shown) {
    const last = groups[groups.length - 1];
    if (last && last.kommune.id === m.luecke.kommune.id) last.items.push(m);
    else groups.push({ kommune: m.luecke.kommune, items: [m] });
  }
  const proposals = shown.reduce((sum, m) => sum + m.vorschlaege.length, 0);
  const felder = vocab.handlungsfelder.filter((f) => data.items.some((m) => m.luecke.handlungsfeld === f));

  return (
    <>
      <PageHeader preline={data.netzwerk.name} title={t('transfer.matches.title')} documentTitle={t('transfer.matches.documentTitle', { name: data.netzwerk.name })} lead={t('transfer.matches.lead')} />
      <p className="kern-body app-lern-inline-links">
        <AppLink href={praxisListHref({ netzwerk: netzwerkId })}>{t('transfer.start.networkPraxis')}</AppLink>
      </p>
      <div className="app-filter" role="group" aria-label={t('transfer.matches.filterLabel')}>
        <SelectField
          id="matches-kommune"
          label={t('transfer.matches.kommune')}
          options={[{ id: ALLE, label: t('transfer.matches.alleKommunen') }, ...data.kommunen.map((k) => ({ id: k.id, label: k.name }))]}
          value={kommuneId ?? ALLE}
          onChange={(v) => setFilter('kommune', v)}
        />
        <SelectField
          id="matches-feld"
          label={t('transfer.matches.handlungsfeld')}
          options={[{ id: ALLE, label: t('transfer.matches.alleFelder') }, ...felder.map((f) => ({ id: f, label: labels.handlungsfeld(f) }))]}
          value={feld ?? ALLE}
          onChange={(v) => setFilter('feld', v)}
        />
      </div>
      <p className="kern-body app-lern-summary" role="status">
        {t('transfer.matches.summaryGaps', { count: shown.length })}, {t('transfer.matches.summaryProposals', { count: proposals })}
      </p>
      {shown.length === 0 ? (
        <p className="kern-body">{data.items.length === 0 ? t('transfer.matches.empty') : t('transfer.matches.emptyFiltered')}</p>
      ) : (
        groups.map((g) => (
          <section key={g.kommune.id} className="app-section app-lern-matches-group" aria-labelledby={`matches-${g.kommune.id}`}>
            <h2 id={`matches-${g.kommune.id}`} className="kern-heading-medium app-section__title">
              {g.kommune.name}
            </h2>
            <p className="kern-body">
              <AppLink href={rasterHref(g.kommune.id)}>{t('transfer.matches.toGrid', { name: g.kommune.name })}</AppLink>
            </p>
            {g.items.map((m) => (
              <MatchCard key={m.luecke.id} luecke={m.luecke} vorschlaege={m.vorschlaege} />
            ))}
          </section>
        ))
      )}
    </>
  );
}

function MatchCard({ luecke, vorschlaege }: { luecke: Luecke; vorschlaege: Matches['items'][number]['vorschlaege'] }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const cell = t('transfer.raster.cell', { feld: labels.handlungsfeld(luecke.handlungsfeld), phase: labels.altersphase(luecke.altersphase) });
  return (
    <article className="app-lern-match" aria-labelledby={`luecke-${luecke.id}`}>
      <div className="app-lern-match__gap">
        <h3 id={`luecke-${luecke.id}`} className="kern-heading-small app-lern-match__title">
          <AppLink href={lueckeHref(luecke.id)}>{cell}</AppLink>
        </h3>
        <span className="app-lern-gap__badges">
          <PrioritaetBadge prioritaet={luecke.prioritaet} />
          <LueckenStatusBadge status={luecke.status} />
        </span>
        <blockquote className="kern-body app-lern-quote">{luecke.beschreibung}</blockquote>
      </div>
      <div className="app-lern-match__proposals">
        <p className="kern-body app-lern-match__label">{vorschlaege.length === 0 ? t('transfer.matches.noProposal') : t('transfer.matches.proposals', { count: vorschlaege.length })}</p>
        {vorschlaege.length > 0 && <ProposalList luecke={luecke} vorschlaege={vorschlaege} mayRequest={false} headingLevel={4} compact />}
      </div>
    </article>
  );
}
