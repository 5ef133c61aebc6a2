import './transitions.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { PruefEntscheidung } from '../../../domain/transitions/round-contracts.js';
import { Alert } from '../../components/Alert.js';
import { BackLink } from '../../components/BackLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { RadioGroupField } from '../../components/RadioGroupField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { errorMessage } from '../../lib/errors.js';
import { useEntscheiden, usePruefungen, useRunde, type PruefFilter, type Pruefung } from './api.js';
import { formatDay } from './format.js';
import { useTransitionsLabels } from './labels.js';
import { isNoAccess, NoAccess } from './parts.js';
import { rundeHref } from './paths.js';
import { PruefungCard } from './review/PruefungCard.js';

/** /uebergaenge/:id/pruefung — the coordinator decides for each uncertain pair whether it is the same child. */
export function PruefungPage() {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const inAddress: PruefFilter = params.get('status') === 'alle' ? 'alle' : 'offen';
  // The choice shows at once; the address follows.
  const [filter, setFilter] = useState<PruefFilter>(inAddress);
  useEffect(() => setFilter(inAddress), [inAddress]);
  const runde = useRunde(id);
  const geloescht = runde.data?.status === 'geloescht';
  const pruefungen = usePruefungen(id, filter, !geloescht);
  const entscheiden = useEntscheiden(id);
  const [message, setMessage] = useState<string | null>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  // After a decision: on to the next open pair, or to the note that none is left.
  useEffect(() => {
    if (!focusNext) return;
    if (focusNext === 'fertig') doneRef.current?.focus();
    else headings.current.get(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const error = runde.error ?? pruefungen.error;
  if (error && isNoAccess(error)) return <NoAccess error={error} rundeId={id} />;

  const items = pruefungen.data?.items ?? [];
  const offene = items.filter((p) => p.status === 'offen');

  function decide(pruefung: Pruefung, entscheidung: PruefEntscheidung) {
    setMessage(null);
    entscheiden.mutate(
      { paarId: pruefung.id, entscheidung },
      {
        onSuccess: (done) => {
          const name = [done.abgang.nachname, done.abgang.vorname].filter(Boolean).join(', ');
          setMessage(t('transitions.review.decidedMessage', { name, status: labels.pruefStatus(done.status) }));
          const index = items.findIndex((p) => p.id === pruefung.id);
          const next = [...items.slice(index + 1), ...items.slice(0, index)].find((p) => p.status === 'offen' && p.id !== pruefung.id);
          setFocusNext(next ? next.id : 'fertig');
        },
      },
    );
  }

  return (
    <>
      <BackLink href={rundeHref(id)}>{runde.data ? t('transitions.backToRoundNamed', { name: runde.data.bezeichnung }) : t('transitions.toRound')}</BackLink>
      <PageHeader preline={runde.data?.bezeichnung} title={t('transitions.review.title')} lead={t('transitions.review.lead')} />
      {geloescht ? (
        <Alert variant="info" title={t('transitions.list.geloeschtTitle')}>
          <p className="kern-body">{t('transitions.list.geloeschtText', { date: formatDay(runde.data?.loeschungAm) })}</p>
        </Alert>
      ) : (
        <>
          <div className="app-filter">
            <RadioGroupField<PruefFilter>
              id="pruefungen-filter"
              name="pruefungen-filter"
              legend={t('transitions.review.filter')}
              options={[
                { value: 'offen', label: t('transitions.review.filterOffen') },
                { value: 'alle', label: t('transitions.review.filterAlle') },
              ]}
              value={filter}
              onChange={(value) => {
                setFilter(value);
                setParams(value === 'offen' ? {} : { status: value }, { replace: true });
              }}
              horizontal
            />
          </div>
          <StatusMessage message={message} />
          {entscheiden.isError && (
            <Alert variant="danger" role="alert" title={t('transitions.review.failed')}>
              <p className="kern-body">{errorMessage(entscheiden.error)}</p>
            </Alert>
          )}
          {error ? (
            <QueryError error={error} onRetry={() => void pruefungen.refetch()} />
          ) : pruefungen.isPending ? (
            <Loading />
          ) : (
            <>
              <p ref={doneRef} tabIndex={-1} className="kern-body app-trans-count">
                {offene.length === 0 ? (filter === 'offen' && items.length === 0 ? t('transitions.review.keineOffenen') : t('transitions.review.alleEntschieden')) : t('transitions.review.offenCount', { count: offene.length })}
              </p>
              {items.map((p, index) => (
                <PruefungCard
                  key={p.id}
                  ref={(element) => {
                    if (element) headings.current.set(p.id, element);
                    else headings.current.delete(p.id);
                  }}
                  pruefung={p}
                  nummer={index + 1}
                  anzahl={items.length}
                  pending={entscheiden.isPending && entscheiden.variables?.paarId === p.id ? entscheiden.variables.entscheidung : null}
                  isDisabled={entscheiden.isPending}
                  onDecide={(entscheidung) => decide(p, entscheidung)}
                />
              ))}
            </>
          )}
        </>
      )}
    </>
  );
}
