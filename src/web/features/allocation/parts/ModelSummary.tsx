import './parts.css';
import { useTranslation } from 'react-i18next';
import { einheitWert, stufen, type GespeichertesModell } from '../../../../domain/allocation/contracts.js';
import { DetailList } from '../../../components/DetailList.js';
import { formatMenge, formatNumber } from '../format.js';
import { useAllocationLabels } from '../labels.js';

export interface ModelSummaryProps {
  modell: GespeichertesModell;
  /** Name of the scenario's Kommune or Land. */
  bereich: string;
  /** Names of the chosen Kommunen by id, where known (otherwise their number is given). */
  kommuneNames?: Readonly<Record<string, string>>;
}

/** The model of a scenario in plain words: pool and unit, method, which schools, weighting, bounds, draw. */
export function ModelSummary({ modell, bereich, kommuneNames = {} }: ModelSummaryProps) {
  const { t } = useTranslation();
  const labels = useAllocationLabels();
  const { auswahl, gewichtung } = modell;
  const einheit = modell.einheit;

  const pool =
    einheitWert[einheit] === 1
      ? t('allocation.summary.pool', { menge: formatMenge(modell.summe, einheit), bereich })
      : t('allocation.summary.poolInUnits', { menge: formatMenge(modell.summe, einheit), bereich, einheit: formatMenge(einheitWert[einheit], einheit) });

  const schulen: string[] = [];
  if (auswahl.kommuneIds.length > 0) {
    const names = auswahl.kommuneIds.map((id) => kommuneNames[id]).filter((name): name is string => Boolean(name));
    schulen.push(
      names.length === auswahl.kommuneIds.length
        ? t('allocation.summary.kommunen', { names: names.join(', ') })
        : t('allocation.summary.kommunenCount', { count: auswahl.kommuneIds.length }),
    );
  }
  schulen.push(auswahl.schulformen.length > 0 ? t('allocation.summary.schulformen', { names: auswahl.schulformen.join(', ') }) : t('allocation.summary.alleSchulformen'));
  const von = auswahl.sozialindexVon;
  const bis = auswahl.sozialindexBis;
  if (von !== null && bis !== null) schulen.push(von === bis ? t('allocation.summary.indexGenau', { stufe: von }) : t('allocation.summary.indexVonBis', { von, bis }));
  else if (von !== null) schulen.push(t('allocation.summary.indexAb', { von }));
  else if (bis !== null) schulen.push(t('allocation.summary.indexBis', { bis }));
  if (auswahl.nurStartchancen) schulen.push(t('allocation.summary.nurStartchancen'));
  schulen.push(
    auswahl.ohneSozialindex === 'ausschliessen' ? t('allocation.summary.ohneIndexAus') : t('allocation.summary.ohneIndexStufe', { stufe: auswahl.ohneSozialindex }),
  );

  const gewichtungText =
    gewichtung.art === 'sockel-index'
      ? t('allocation.summary.sockel', { sockel: gewichtung.sockelProzent, index: 100 - gewichtung.sockelProzent })
      : labels.art(gewichtung.art);

  const grenzen =
    modell.untergrenze === null && modell.obergrenze === null
      ? t('allocation.summary.keineGrenzen')
      : [
          modell.untergrenze !== null ? t('allocation.summary.untergrenze', { menge: formatMenge(modell.untergrenze, einheit) }) : null,
          modell.obergrenze !== null ? t('allocation.summary.obergrenze', { menge: formatMenge(modell.obergrenze, einheit) }) : null,
        ]
          .filter(Boolean)
          .join(' ');

  return (
    <DetailList
      className="app-alloc-model"
      rows={[
        [t('allocation.summary.poolLabel'), pool],
        [
          t('allocation.summary.verfahrenLabel'),
          <>
            {labels.verfahren(modell.verfahren)}
            <span className="app-alloc-model__hint">{labels.verfahrenHint(modell.verfahren)}</span>
          </>,
        ],
        [
          t('allocation.summary.schulenLabel'),
          <ul key="schulen" className="app-alloc-model__list">
            {schulen.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>,
        ],
        [t('allocation.summary.gewichtungLabel'), gewichtungText],
        [
          t('allocation.summary.faktorenLabel'),
          <ul key="faktoren" className="app-alloc-factors" aria-label={t('allocation.summary.faktorenLabel')}>
            {stufen.map((stufe) => (
              <li key={stufe} className="app-alloc-factors__item">
                {t('allocation.summary.faktor', { stufe, faktor: formatNumber(gewichtung.faktoren[String(stufe) as keyof typeof gewichtung.faktoren], 4) })}
              </li>
            ))}
          </ul>,
        ],
        [t('allocation.summary.grenzenLabel'), grenzen],
        [t('allocation.summary.seedLabel'), <code key="seed" className="app-alloc-code">{modell.seed}</code>],
      ]}
    />
  );
}
