import { useTranslation } from 'react-i18next';
import type { ListenArt } from '../../../../domain/transitions/round-contracts.js';
import { AppLink } from '../../../components/AppLink.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { formatDateTime } from '../../../lib/format.js';
import { useFaelle, type Runde } from '../api.js';
import { FaelleTable } from '../cases/FaelleTable.js';
import { formatCount } from '../format.js';
import { useTransitionsLabels } from '../labels.js';
import { faelleHref, listeHref } from '../paths.js';

/** School leadership: their own lists in the round and the open cases of their school. */
export function EigeneListenSection({ runde }: { runde: Runde }) {
  const { t } = useTranslation();
  return (
    <Section title={t('transitions.round.eigeneListen')} className="app-trans-panel">
      {runde.rechte.listen.map((liste) => (
        <EigeneListe key={`${liste.schuleId}-${liste.art}`} runde={runde} schuleId={liste.schuleId} schuleName={liste.schuleName} art={liste.art} />
      ))}
    </Section>
  );
}

function EigeneListe({ runde, schuleId, schuleName, art }: { runde: Runde; schuleId: string; schuleName: string; art: ListenArt }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const stand = runde.schulen.find((s) => s.id === schuleId)?.liste ?? null;
  const offen = runde.status === 'offen';
  return (
    <div className="app-trans-own">
      <h3 className="kern-heading-small">{t('transitions.round.eigeneListeTitle', { art: labels.listenArt(art), schule: schuleName })}</h3>
      <p className="kern-body">
        {stand
          ? t('transitions.round.eigeneListeStand', { count: stand.eintraege, formatted: formatCount(stand.eintraege), date: formatDateTime(stand.hochgeladenAm) })
          : runde.status === 'geloescht'
            ? t('transitions.round.eigeneListeGeloescht')
            : t('transitions.round.eigeneListeFehlt')}
      </p>
      <p className="kern-body">
        <AppLink href={listeHref(runde.id, schuleId, art)}>
          {offen ? t('transitions.round.eigeneListeOeffnen', { art: labels.listenArt(art) }) : t('transitions.round.eigeneListeAnsehen', { art: labels.listenArt(art) })}
        </AppLink>
      </p>
      {runde.status !== 'geloescht' && <SchulFaelle rundeId={runde.id} schuleId={schuleId} schuleName={schuleName} />}
    </div>
  );
}

function SchulFaelle({ rundeId, schuleId, schuleName }: { rundeId: string; schuleId: string; schuleName: string }) {
  const { t } = useTranslation();
  const faelle = useFaelle(rundeId, { status: 'offen', schuleId });
  if (faelle.isError) return <QueryError error={faelle.error} onRetry={() => void faelle.refetch()} />;
  if (faelle.isPending) return <Loading />;
  return (
    <>
      <FaelleTable rundeId={rundeId} faelle={faelle.data.items} caption={t('transitions.round.schulFaelle', { schule: schuleName })} emptyText={t('transitions.round.keineSchulFaelle')} />
      {faelle.data.items.length > 0 && (
        <p className="kern-body">
          <AppLink href={faelleHref(rundeId, { schuleId })}>{t('transitions.round.alleSchulFaelle')}</AppLink>
        </p>
      )}
    </>
  );
}
