import './transitions.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fallArten } from '../../../domain/transitions/round-contracts.js';
import { BackLink } from '../../components/BackLink.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { useRunde, useUebersicht, type Uebersicht } from './api.js';
import { formatCount } from './format.js';
import { useTransitionsLabels } from './labels.js';
import { isNoAccess, NoAccess } from './parts.js';
import { rundeHref } from './paths.js';
import { ZahlenSection } from './round/ZahlenSection.js';

type Zeile = Uebersicht['schulen'][number];

/** /uebergaenge/:id/uebersicht — counts per school and kind of case, without any name. */
export function UebersichtPage() {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const { id = '' } = useParams();
  const runde = useRunde(id);
  const uebersicht = useUebersicht(id);
  const error = runde.error ?? uebersicht.error;
  if (error && isNoAccess(error)) return <NoAccess error={error} rundeId={id} />;

  const schulen = uebersicht.data?.schulen ?? [];
  const summe = (s: Zeile, was: 'offen' | 'erledigt') => fallArten.reduce((n, art) => n + (s.faelle[art]?.[was] ?? 0), 0);
  const columns: Column<Zeile>[] = [
    { key: 'schule', header: t('transitions.overview.colSchule'), isRowHeader: true, render: (s) => s.schule.name },
    { key: 'seite', header: t('transitions.overview.colSeite'), render: (s) => labels.seite(s.seite) },
    { key: 'eintraege', header: t('transitions.overview.colEintraege'), numeric: true, render: (s) => formatCount(s.eintraege) },
    { key: 'zugeordnet', header: t('transitions.overview.colZugeordnet'), numeric: true, render: (s) => formatCount(s.zugeordnet) },
    { key: 'offen', header: t('transitions.overview.colOffen'), numeric: true, render: (s) => formatCount(summe(s, 'offen')) },
    { key: 'erledigt', header: t('transitions.overview.colErledigt'), numeric: true, render: (s) => formatCount(summe(s, 'erledigt')) },
    { key: 'arten', header: t('transitions.overview.colArten'), render: (s) => <FaelleNachArt faelle={s.faelle} /> },
  ];
  const rows = [...schulen].sort((a, b) => (a.seite === b.seite ? a.schule.name.localeCompare(b.schule.name, 'de') : a.seite === 'abgebend' ? -1 : 1));

  return (
    <>
      <BackLink href={rundeHref(id)}>{runde.data ? t('transitions.backToRoundNamed', { name: runde.data.bezeichnung }) : t('transitions.toRound')}</BackLink>
      <PageHeader preline={runde.data?.bezeichnung} title={t('transitions.overview.title')} lead={t('transitions.overview.lead')} />
      {error ? (
        <QueryError error={error} onRetry={() => void (runde.isError ? runde.refetch() : uebersicht.refetch())} />
      ) : !uebersicht.data ? (
        <Loading />
      ) : (
        <>
          <Section title={t('transitions.overview.perSchool')}>
            <DataTable caption={t('transitions.overview.caption')} captionHidden columns={columns} rows={rows} rowKey={(s) => s.schule.id} emptyText={t('transitions.round.keineSchulen')} wide />
          </Section>
          <ZahlenSection zahlen={uebersicht.data.zahlen} title={t('transitions.overview.gesamt')} />
        </>
      )}
    </>
  );
}

/** The kinds of case a school has, each with its open and resolved count. */
function FaelleNachArt({ faelle }: { faelle: Zeile['faelle'] }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const arten = fallArten.filter((art) => (faelle[art]?.offen ?? 0) + (faelle[art]?.erledigt ?? 0) > 0);
  if (arten.length === 0) return <span className="app-muted">{t('transitions.overview.keineFaelle')}</span>;
  return (
    <ul className="app-plain-list">
      {arten.map((art) => (
        <li key={art}>
          {t('transitions.overview.artZeile', { art: labels.fallArt(art), offen: formatCount(faelle[art]?.offen ?? 0), erledigt: formatCount(faelle[art]?.erledigt ?? 0) })}
        </li>
      ))}
    </ul>
  );
}
