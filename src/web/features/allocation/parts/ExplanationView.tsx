import './parts.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { einheitWert, type SchulErklaerung } from '../../../../domain/allocation/contracts.js';
import { DetailList } from '../../../components/DetailList.js';
import { formatMenge, formatNumber, formatSigned } from '../format.js';
import { useAllocationLabels } from '../labels.js';

export interface ExplanationViewProps {
  erklaerung: SchulErklaerung;
  /** Level of the two headings inside (the page has its h1 above). */
  headingLevel?: 2 | 3;
}

/**
 * Why a school gets what it gets: the server's sentences in plain German, then each step of the
 * calculation (weight, share, quota, rounding, bounds, tie and draw) as label and value.
 */
export function ExplanationView({ erklaerung, headingLevel = 2 }: ExplanationViewProps) {
  const { t } = useTranslation();
  const labels = useAllocationLabels();
  const textId = useId();
  const stepsId = useId();
  const Heading = `h${headingLevel}` as const;
  const { schule: s, modell, gesamt, gleichstand } = erklaerung;
  const einheit = modell.einheit;
  const teilbar = einheitWert[einheit] !== 1;
  const einheiten = (n: number) => t('allocation.explain.einheiten', { count: n, value: formatNumber(n, 0) });

  const quote =
    s.quoteSockel !== null && s.quoteIndex !== null
      ? t('allocation.explain.quoteTeile', { quote: formatMenge(s.quote, einheit), sockel: formatMenge(s.quoteSockel, einheit), index: formatMenge(s.quoteIndex, einheit) })
      : formatMenge(s.quote, einheit);

  const rundung =
    modell.verfahren === 'hare-niemeyer'
      ? s.rest !== null && Number(s.rest) > 0
        ? t(s.restEinheit ? 'allocation.explain.restMit' : 'allocation.explain.restOhne', { anspruch: formatNumber(s.anspruch, 4), rest: formatNumber(s.rest, 4), rang: s.restRang ?? '–' })
        : t('allocation.explain.restKeiner', { anspruch: formatNumber(s.anspruch, 4) })
      : gesamt.divisor !== null
        ? t(modell.verfahren === 'dhondt' ? 'allocation.explain.divisorAb' : 'allocation.explain.divisorRund', {
            gewicht: formatNumber(s.gewicht, 4),
            divisor: formatNumber(gesamt.divisor, 4),
            anspruch: formatNumber(s.anspruch, 4),
          })
        : labels.verfahren(modell.verfahren);

  const grenze =
    s.begrenzung === 'untergrenze'
      ? t('allocation.explain.grenzeUnten', { menge: formatMenge(modell.untergrenze ?? 0, einheit), ohne: einheiten(s.einheitenOhneGrenzen) })
      : s.begrenzung === 'obergrenze'
        ? t('allocation.explain.grenzeOben', { menge: formatMenge(modell.obergrenze ?? 0, einheit), ohne: einheiten(s.einheitenOhneGrenzen) })
        : modell.untergrenze === null && modell.obergrenze === null
          ? t('allocation.explain.grenzeKeine')
          : t('allocation.explain.grenzeNicht');

  const los =
    gleichstand && s.gleichstand
      ? t(s.losGewonnen ? 'allocation.explain.losGewonnen' : 'allocation.explain.losVerloren', { count: gleichstand.schuleIds.length - 1, andere: formatNumber(gleichstand.schuleIds.length - 1, 0), seed: gesamt.seed })
      : t('allocation.explain.losKein');

  return (
    <div className="app-alloc-explanation">
      <section aria-labelledby={textId} className="app-alloc-explanation__text">
        <Heading id={textId} className="kern-heading-medium">
          {t('allocation.explain.inWords')}
        </Heading>
        {erklaerung.erklaerung.map((satz, index) => (
          <p key={index} className="kern-body">
            {satz}
          </p>
        ))}
      </section>
      <section aria-labelledby={stepsId}>
        <Heading id={stepsId} className="kern-heading-medium">
          {t('allocation.explain.steps')}
        </Heading>
        <DetailList
          rows={[
            [t('allocation.explain.schule'), t('allocation.explain.schuleText', { schulnummer: s.schulnummer, schulform: s.schulform, kommune: s.kommuneName })],
            [t('allocation.explain.sozialindex'), s.sozialindex === null ? t('allocation.explain.ohneIndex', { stufe: s.stufe }) : String(s.sozialindex)],
            [t('allocation.explain.schueler'), s.schueler === null ? null : formatNumber(s.schueler, 0)],
            [t('allocation.explain.faktor'), formatNumber(s.faktor, 4)],
            [t('allocation.explain.gewicht'), formatNumber(s.gewicht, 4)],
            [t('allocation.explain.anteil'), t('allocation.explain.anteilText', { anteil: formatNumber(s.anteilProzent, 4), summe: formatNumber(gesamt.summeGewichte, 4) })],
            [t('allocation.explain.quote'), quote],
            [t('allocation.explain.rundung'), rundung],
            [t('allocation.explain.grenzen'), grenze],
            [t('allocation.explain.los'), los],
            [
              t('allocation.explain.ergebnis'),
              <strong key="ergebnis">
                {teilbar ? t('allocation.explain.ergebnisEinheiten', { menge: formatMenge(s.menge, einheit), einheiten: einheiten(s.einheiten) }) : formatMenge(s.menge, einheit)}
              </strong>,
            ],
            [t('allocation.explain.abweichung'), formatSigned(s.rundung, 4)],
          ]}
        />
      </section>
    </div>
  );
}
