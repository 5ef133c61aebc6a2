import './transfer.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useCurrentSession } from '../identity/session.js';
import { useFlashMessage } from '../transitions/useFlashMessage.js';
import { useLernnetzwerke, useTransfers } from './api.js';
import { ButtonLink } from './parts.js';
import { kontextfragenHref, matchesHref, praxisListHref, praxisNewHref, rasterHref } from './paths.js';
import { mayManage, memberKommunen } from './permissions.js';
import { TransfersTable } from './process/TransfersTable.js';

/** /lernnetzwerk — own gap grids, the learning networks with their matches, the library, the transfers. */
export function TransferStartPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const flash = useFlashMessage();
  const manager = mayManage(session);
  const kommunen = memberKommunen(session);

  return (
    <>
      <PageHeader title={t('transfer.title')} lead={t('transfer.start.lead')} />
      <StatusMessage message={flash} />
      <div className="app-columns">
        <Section title={t('transfer.start.rasterTitle')}>
          <p className="kern-body app-lern-text">{t('transfer.start.rasterText')}</p>
          {kommunen.length > 0 ? (
            <ul className="kern-list app-lern-links">
              {kommunen.map((k) => (
                <li key={k.id} className="kern-body">
                  <AppLink href={rasterHref(k.id)}>{t('transfer.start.rasterLink', { name: k.name })}</AppLink>
                </li>
              ))}
            </ul>
          ) : (
            <p className="kern-body app-muted">{t('transfer.start.rasterNone')}</p>
          )}
        </Section>
        <Section title={t('transfer.start.libraryTitle')}>
          <p className="kern-body app-lern-text">{t('transfer.start.libraryText')}</p>
          <LibrarySearch />
          <p className="kern-body app-lern-inline-links">
            <AppLink href={praxisListHref()}>{t('transfer.start.libraryAll')}</AppLink>
            {manager && <AppLink href={praxisNewHref()}>{t('transfer.start.praxisNew')}</AppLink>}
          </p>
        </Section>
      </div>
      <LearningNetworks />
      {manager && <MyTransfers />}
      <Section title={t('transfer.start.modelTitle')}>
        <p className="kern-body app-lern-text">{t('transfer.start.modelText')}</p>
        <p className="kern-body">
          <AppLink href={kontextfragenHref}>{t('transfer.start.modelLink')}</AppLink>
        </p>
      </Section>
    </>
  );
}

function LibrarySearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate(praxisListHref({ q: q.trim() }));
  }
  return (
    <Form onSubmit={onSubmit} role="search" aria-label={t('transfer.start.librarySearchLabel')} className="app-lern-quicksearch">
      <div className="kern-form-input app-field">
        <label htmlFor="lern-schnellsuche" className="kern-label">
          {t('transfer.library.q')}
        </label>
        <div className="app-lern-quicksearch__row">
          <input id="lern-schnellsuche" type="search" className="kern-form-input__input" value={q} onChange={(e) => setQ(e.target.value)} />
          <AppButton type="submit" icon="search" variant="secondary">
            {t('transfer.library.submit')}
          </AppButton>
        </div>
      </div>
    </Form>
  );
}

function LearningNetworks() {
  const { t } = useTranslation();
  const netzwerke = useLernnetzwerke();
  const lernnetzwerke = netzwerke.data?.items ?? [];
  return (
    <Section title={t('transfer.start.networksTitle')}>
      <p className="kern-body app-lern-text">{t('transfer.start.networksText')}</p>
      {netzwerke.isError ? (
        <QueryError error={netzwerke.error} onRetry={() => void netzwerke.refetch()} />
      ) : netzwerke.isPending ? (
        <Loading />
      ) : lernnetzwerke.length === 0 ? (
        <p className="kern-body app-muted">{t('transfer.start.networksNone')}</p>
      ) : (
        <ul className="app-lern-cards">
          {lernnetzwerke.map((n) => (
            <li key={n.id} className="app-lern-card">
              <h3 className="kern-heading-small app-lern-card__title">{n.name}</h3>
              <p className="kern-body app-lern-card__meta">{t('transfer.start.networkKommunen', { count: n.kommunen.length })}</p>
              <ul className="app-lern-kommunen" aria-label={t('transfer.start.networkKommunenList', { name: n.name })}>
                {n.kommunen.map((k) => (
                  <li key={k.id}>
                    <AppLink href={rasterHref(k.id)}>{k.name}</AppLink>
                  </li>
                ))}
              </ul>
              <div className="app-actions">
                <ButtonLink href={matchesHref(n.id)} variant="primary" label={`${t('transfer.start.matches')}: ${n.name}`}>
                  {t('transfer.start.matches')}
                </ButtonLink>
                <AppLink href={praxisListHref({ netzwerk: n.id })} aria-label={`${t('transfer.start.networkPraxis')}: ${n.name}`}>
                  {t('transfer.start.networkPraxis')}
                </AppLink>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function MyTransfers() {
  const { t } = useTranslation();
  const transfers = useTransfers();
  return (
    <Section title={t('transfer.start.transfersTitle')}>
      {transfers.isError ? (
        <QueryError error={transfers.error} onRetry={() => void transfers.refetch()} />
      ) : transfers.isPending ? (
        <Loading />
      ) : (
        <TransfersTable rows={transfers.data.items} />
      )}
    </Section>
  );
}
