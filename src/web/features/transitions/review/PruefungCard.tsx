import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PruefEntscheidung } from '../../../../domain/transitions/round-contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { Badge } from '../../../components/Badge.js';
import { formatDateTime } from '../../../lib/format.js';
import type { Pruefung } from '../api.js';
import { formatDay, formatPercent } from '../format.js';
import { useTransitionsLabels } from '../labels.js';

type Person = Pruefung['abgang'];

const anschrift = (p: Person) => [p.strasse, [p.plz, p.ort].filter(Boolean).join(' ')].filter(Boolean).join(', ');

interface PruefungCardProps {
  pruefung: Pruefung;
  nummer: number;
  anzahl: number;
  /** The pair whose decision is being sent, if any. */
  pending: PruefEntscheidung | null;
  isDisabled: boolean;
  onDecide: (entscheidung: PruefEntscheidung) => void;
}

/** One uncertain pair: both entries side by side, the probability, what agrees and what not, and the decision. */
export const PruefungCard = forwardRef<HTMLHeadingElement, PruefungCardProps>(function PruefungCard({ pruefung, nummer, anzahl, pending, isDisabled, onDecide }, headingRef) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const headingId = `paar-${pruefung.id}`;
  const { abgang, anmeldung } = pruefung;
  const zeilen: [string, (p: Person) => string][] = [
    [t('transitions.review.nachname'), (p) => p.nachname],
    [t('transitions.review.vorname'), (p) => p.vorname],
    [t('transitions.review.geburtsdatum'), (p) => formatDay(p.geburtsdatum)],
    [t('transitions.review.geschlecht'), (p) => labels.geschlecht(p.geschlecht)],
    [t('transitions.review.klasse'), (p) => p.klasse ?? ''],
    [t('transitions.review.anschrift'), anschrift],
    [t('transitions.review.schule'), (p) => p.schule.name],
  ];
  const offen = pruefung.status === 'offen';

  return (
    <article className="app-trans-pair" aria-labelledby={headingId}>
      <div className="app-trans-pair__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="kern-heading-small">
          {t('transitions.review.pairTitle', { nummer, anzahl, prozent: formatPercent(pruefung.wahrscheinlichkeit) })}
        </h2>
        <Badge variant={offen ? 'warning' : 'success'}>{labels.pruefStatus(pruefung.status)}</Badge>
      </div>
      <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table className="kern-table app-trans-pair__table">
          <caption id={`${headingId}-caption`} className="kern-sr-only">
            {t('transitions.review.tableCaption', { nummer })}
          </caption>
          <thead>
            <tr className="kern-table__row">
              <td className="kern-table__header" />
              <th scope="col" className="kern-table__header">
                {t('transitions.review.abgebend')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('transitions.review.aufnehmend')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {zeilen.map(([label, wert]) => {
              const links = wert(abgang);
              const rechts = wert(anmeldung);
              return (
                <tr key={label} className="kern-table__row">
                  <th scope="row" className="kern-table__cell app-table__row-header">
                    {label}
                  </th>
                  <td className="kern-table__cell">{links || <span className="app-muted">{t('transitions.review.leer')}</span>}</td>
                  <td className="kern-table__cell">{rechts || <span className="app-muted">{t('transitions.review.leer')}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3 className="kern-heading-small app-trans-subtitle">{t('transitions.review.felderTitle')}</h3>
      <ul className="kern-list kern-list--bullet app-trans-felder">
        {pruefung.felder.map((f) => (
          <li key={f.feld} className="kern-body">
            {f.stufe === null
              ? t('transitions.review.feldFehlt', { label: f.label })
              : t('transitions.review.feld', { label: f.label, stufe: f.stufe, wirkung: f.gewicht > 0.5 ? t('transitions.review.dafuer') : f.gewicht < -0.5 ? t('transitions.review.dagegen') : t('transitions.review.neutral') })}
          </li>
        ))}
      </ul>
      {offen ? (
        <div className="app-actions" role="group" aria-label={t('transitions.review.decisionGroup', { nummer })}>
          <AppButton icon="check" isPending={pending === 'bestaetigt'} isDisabled={isDisabled && pending !== 'bestaetigt'} onPress={() => onDecide('bestaetigt')}>
            {t('transitions.review.same')}
          </AppButton>
          <AppButton variant="secondary" icon="close" isPending={pending === 'abgelehnt'} isDisabled={isDisabled && pending !== 'abgelehnt'} onPress={() => onDecide('abgelehnt')}>
            {t('transitions.review.different')}
          </AppButton>
        </div>
      ) : (
        <p className="kern-body">{t('transitions.review.decided', { status: labels.pruefStatus(pruefung.status), date: formatDateTime(pruefung.entschiedenAm) })}</p>
      )}
    </article>
  );
});
