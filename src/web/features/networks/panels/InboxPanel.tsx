import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Netzwerk } from '../../../../domain/networks/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { Badge } from '../../../components/Badge.js';
import { DetailList } from '../../../components/DetailList.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { useAcknowledge, useEingang, type Eingang } from '../api.js';
import { formatInstantDate, formatLocalDate, formatMeetingTime } from '../format.js';
import { hasRole } from '../permissions.js';

type Item = Eingang['items'][number];

/** Results and agreements other networks passed to this one, newest first, with their origin. */
export function InboxPanel({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const eingang = useEingang(netzwerk.id);
  const acknowledge = useAcknowledge();
  const mayAcknowledge = hasRole(netzwerk.meineRolle, 'moderation') && !netzwerk.archiviert;
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  function confirm(item: Item) {
    setMessage(null);
    setFailure(null);
    setPending(item.weitergabe.id);
    acknowledge.mutate(item.weitergabe.id, {
      onSuccess: () => setMessage(t('networks.inbox.acknowledged', { von: item.weitergabe.von.name })),
      onError: (error) => setFailure(errorMessage(error)),
      onSettled: () => setPending(null),
    });
  }

  return (
    <Section title={t('networks.inbox.title')}>
      <p className="kern-body app-networks-text">{t('networks.inbox.lead')}</p>
      <StatusMessage message={message} />
      {failure && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{failure}</p>
        </Alert>
      )}
      {eingang.isError ? (
        <QueryError error={eingang.error} onRetry={() => void eingang.refetch()} />
      ) : eingang.isPending ? (
        <Loading />
      ) : eingang.data.items.length === 0 ? (
        <p className="kern-body">{t('networks.inbox.empty')}</p>
      ) : (
        <ul className="app-networks-cards">
          {eingang.data.items.map((item) => (
            <li key={item.weitergabe.id} className="app-networks-card">
              <article aria-labelledby={`eingang-${item.weitergabe.id}`}>
                <h3 id={`eingang-${item.weitergabe.id}`} className="kern-heading-small app-networks-card__title">
                  {t('networks.inbox.itemTitle', { art: t(`networks.ergebnisArten.${item.ergebnis.art}`), von: item.weitergabe.von.name })}
                </h3>
                <p className="kern-body app-networks-pre app-networks-card__text">{item.ergebnis.text}</p>
                <DetailList
                  rows={[
                    [t('networks.inbox.origin'), t('networks.inbox.originText', { netzwerk: item.weitergabe.von.name, treffen: item.treffen.titel, wann: formatMeetingTime(item.treffen.beginn) })],
                    ...(item.ergebnis.art === 'vereinbarung'
                      ? ([
                          [t('networks.inbox.verantwortlich'), item.ergebnis.verantwortlich?.name ?? null],
                          [t('networks.inbox.faellig'), item.ergebnis.faelligAm ? formatLocalDate(item.ergebnis.faelligAm) : null],
                          [t('networks.inbox.status'), item.ergebnis.status ? t(`networks.vereinbarungStatus.${item.ergebnis.status}`) : null],
                        ] as Array<[string, string | null]>)
                      : []),
                    [t('networks.inbox.passedOn'), formatInstantDate(item.weitergabe.weitergegebenAm)],
                    [t('networks.inbox.notiz'), item.weitergabe.notiz],
                  ]}
                />
                <div className="app-actions">
                  {item.weitergabe.empfangenAm ? (
                    <Badge variant="success">{t('networks.inbox.receivedOn', { datum: formatInstantDate(item.weitergabe.empfangenAm) })}</Badge>
                  ) : (
                    <>
                      <Badge variant="warning">{t('networks.inbox.notReceived')}</Badge>
                      {mayAcknowledge && (
                        <AppButton
                          variant="secondary"
                          small
                          icon="check"
                          aria-label={`${t('networks.inbox.acknowledge')} ${t('networks.inbox.acknowledgeOf', { von: item.weitergabe.von.name })}`}
                          onPress={() => confirm(item)}
                          isPending={pending === item.weitergabe.id}
                        >
                          {t('networks.inbox.acknowledge')}
                        </AppButton>
                      )}
                    </>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
