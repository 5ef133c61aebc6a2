import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppLink } from '../../../components/AppLink.js';
import { Section } from '../../../components/Section.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { useAbgleich, type AbgleichErgebnis, type Runde } from '../api.js';
import { formatCount } from '../format.js';
import { faelleHref, pruefungHref, uebersichtHref } from '../paths.js';
import { AbschliessenButton } from './AbschliessenButton.js';

/** The coordinator's work in a round: run the matching, review, cases, overview, close. */
export function KoordinationPanel({ runde, onClosed }: { runde: Runde; onClosed: (message: string) => void }) {
  const { t } = useTranslation();
  const offen = runde.status === 'offen';
  return (
    <Section title={t('transitions.round.koordination')} className="app-trans-panel">
      {offen && <AbgleichStarten runde={runde} />}
      <ul className="kern-list app-trans-links">
        {/* Once the personal data are deleted, there are no pairs and cases left to open. */}
        {runde.status !== 'geloescht' && (
          <>
            <li className="kern-body">
              <AppLink href={pruefungHref(runde.id)}>{t('transitions.round.toPruefung', { count: runde.zahlen.inPruefung, formatted: formatCount(runde.zahlen.inPruefung) })}</AppLink>
            </li>
            <li className="kern-body">
              <AppLink href={faelleHref(runde.id)}>{t('transitions.round.toFaelle', { count: runde.zahlen.faelleOffen, formatted: formatCount(runde.zahlen.faelleOffen) })}</AppLink>
            </li>
          </>
        )}
        <li className="kern-body">
          <AppLink href={uebersichtHref(runde.id)}>{t('transitions.round.toUebersicht')}</AppLink>
        </li>
      </ul>
      {offen && <AbschliessenButton runde={runde} onClosed={onClosed} />}
    </Section>
  );
}

function AbgleichStarten({ runde }: { runde: Runde }) {
  const { t } = useTranslation();
  const abgleich = useAbgleich(runde.id);
  const ergebnisText = useErgebnisText();
  const listen = runde.schulen.filter((s) => s.liste !== null);
  const beideSeiten = listen.some((s) => s.seite === 'abgebend') && listen.some((s) => s.seite === 'aufnehmend');
  return (
    <div className="app-trans-abgleich">
      {runde.abgleich?.veraltet && !abgleich.isPending && <Alert variant="warning" title={t('transitions.round.veraltet')} />}
      <p className="kern-body">{runde.abgleich ? t('transitions.round.abgleichHint') : t('transitions.round.nochKeinAbgleich')}</p>
      {!beideSeiten && <p className="kern-body app-muted">{t('transitions.round.abgleichBraucht')}</p>}
      <div className="app-actions">
        <AppButton icon="check" isPending={abgleich.isPending} onPress={() => abgleich.mutate()}>
          {t('transitions.round.abgleichStarten')}
        </AppButton>
      </div>
      <StatusMessage message={abgleich.isSuccess ? ergebnisText(abgleich.data) : null} />
      {abgleich.isError && (
        <Alert variant="danger" role="alert" title={t('transitions.round.abgleichFailed')}>
          <p className="kern-body">{errorMessage(abgleich.error)}</p>
        </Alert>
      )}
    </div>
  );
}

function useErgebnisText() {
  const { t } = useTranslation();
  return (e: AbgleichErgebnis) =>
    t('transitions.round.abgleichErgebnis', {
      treffer: formatCount(e.treffer),
      pruefungen: formatCount(e.pruefungen),
      faelleNeu: formatCount(e.faelleNeu),
      faelleEntfallen: formatCount(e.faelleEntfallen),
    });
}
