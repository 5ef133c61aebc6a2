import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { einheitMass } from '../../../../domain/allocation/contracts.js';
import { cx } from '../../../lib/cx.js';
import type { Vergleich } from '../api.js';
import { formatCount, formatMenge, formatPerPupil, formatSigned } from './format.js';
import { SeriesTag } from './series.js';

/** The scenario's letter with its name for screen readers (the cards above name it visibly). */
function ScenarioHeader({ index, name }: { index: number; name: string }) {
  return (
    <>
      <SeriesTag index={index} />
      <span className="kern-sr-only">: {name}</span>
    </>
  );
}

/**
 * Per Sozialindex level: schools, pupils, the sum in each scenario, the difference to the first and
 * the amount per pupil. The columns are grouped by measure, so the scenarios of one measure stand
 * side by side. It is also the table behind the chart.
 */
export function LevelTable({ data, title }: { data: Vergleich; title: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const einheit = data.szenarien[0]!.einheit;
  const euro = einheitMass(einheit) === 'Euro';
  const k = data.szenarien.length;
  const others = data.szenarien.slice(1);
  const totals = {
    schulen: data.stufen.reduce((a, s) => a + s.schulen, 0),
    schueler: data.stufen.reduce((a, s) => a + s.schueler, 0),
    summen: data.szenarien.map((_, i) => data.stufen.reduce((a, s) => a + (s.summen[i] ?? 0), 0)),
  };
  const numeric = 'kern-table__cell kern-table__cell--numeric';
  const levelName = (sozialindex: number | null) => (sozialindex === null ? t('allocationCompare.levelNone') : t('allocationCompare.levelN', { stufe: sozialindex }));

  return (
    <div className="app-table app-cmp-table">
      <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="kern-table kern-table--small kern-table--striped app-cmp-levels">
          {/* The section heading above says the same; the caption names the table and its scroll region. */}
          <caption id={captionId} className="kern-sr-only">
            {title}
          </caption>
          <colgroup span={3} />
          <colgroup span={k} className="app-cmp-group" />
          {others.length > 0 && <colgroup span={others.length} className="app-cmp-group" />}
          <colgroup span={k} className="app-cmp-group" />
          <thead>
            <tr className="kern-table__row">
              <th scope="col" rowSpan={2} className="kern-table__header">
                {t('allocationCompare.levels.colLevel')}
              </th>
              <th scope="col" rowSpan={2} className="kern-table__header kern-table__header--numeric">
                {t('allocationCompare.levels.colSchools')}
              </th>
              <th scope="col" rowSpan={2} className="kern-table__header kern-table__header--numeric">
                {t('allocationCompare.levels.colPupils')}
              </th>
              <th scope="colgroup" colSpan={k} className="kern-table__header app-cmp-group-head">
                {euro ? t('allocationCompare.levels.groupSumEuro') : t('allocationCompare.levels.groupSumStellen')}
              </th>
              {others.length > 0 && (
                <th scope="colgroup" colSpan={others.length} className="kern-table__header app-cmp-group-head">
                  {t('allocationCompare.levels.groupDiff')}
                </th>
              )}
              <th scope="colgroup" colSpan={k} className="kern-table__header app-cmp-group-head">
                {euro ? t('allocationCompare.levels.groupPerPupilEuro') : t('allocationCompare.levels.groupPerPupilStellen')}
              </th>
            </tr>
            <tr className="kern-table__row">
              {data.szenarien.map((s, i) => (
                <th key={`sum-${i}`} scope="col" className={cx('kern-table__header kern-table__header--numeric', i === 0 && 'app-cmp-group-start')}>
                  <ScenarioHeader index={i} name={s.name} />
                </th>
              ))}
              {others.map((s, j) => (
                <th key={`diff-${j}`} scope="col" className={cx('kern-table__header kern-table__header--numeric', j === 0 && 'app-cmp-group-start')}>
                  <ScenarioHeader index={j + 1} name={s.name} />
                </th>
              ))}
              {data.szenarien.map((s, i) => (
                <th key={`pp-${i}`} scope="col" className={cx('kern-table__header kern-table__header--numeric', i === 0 && 'app-cmp-group-start')}>
                  <ScenarioHeader index={i} name={s.name} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {data.stufen.map((level) => (
              <tr key={level.sozialindex ?? 'ohne'} className="kern-table__row">
                <th scope="row" className="kern-table__cell app-table__row-header">
                  {levelName(level.sozialindex)}
                </th>
                <td className={numeric}>{formatCount(level.schulen)}</td>
                <td className={numeric}>{formatCount(level.schueler)}</td>
                {level.summen.map((v, i) => (
                  <td key={`sum-${i}`} className={cx(numeric, i === 0 && 'app-cmp-group-start')}>
                    {formatMenge(v, einheit)}
                  </td>
                ))}
                {level.differenzen.slice(1).map((v, j) => (
                  <td key={`diff-${j}`} className={cx(numeric, j === 0 && 'app-cmp-group-start')}>
                    {formatSigned(v, einheit)}
                  </td>
                ))}
                {level.proSchueler.map((v, i) => (
                  <td key={`pp-${i}`} className={cx(numeric, i === 0 && 'app-cmp-group-start')}>
                    {v === null ? <span className="app-muted">{t('common.none')}</span> : formatPerPupil(v, einheit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="kern-table__row app-cmp-total">
              <th scope="row" className="kern-table__cell app-table__row-header">
                {t('allocationCompare.levels.total')}
              </th>
              <td className={numeric}>{formatCount(totals.schulen)}</td>
              <td className={numeric}>{formatCount(totals.schueler)}</td>
              {totals.summen.map((v, i) => (
                <td key={`sum-${i}`} className={cx(numeric, i === 0 && 'app-cmp-group-start')}>
                  {formatMenge(v, einheit)}
                </td>
              ))}
              {totals.summen.slice(1).map((v, j) => (
                <td key={`diff-${j}`} className={cx(numeric, j === 0 && 'app-cmp-group-start')}>
                  {formatSigned(Math.round((v - totals.summen[0]!) * 1e6) / 1e6, einheit)}
                </td>
              ))}
              {totals.summen.map((v, i) => (
                <td key={`pp-${i}`} className={cx(numeric, i === 0 && 'app-cmp-group-start')}>
                  {totals.schueler > 0 ? formatPerPupil(v / totals.schueler, einheit) : <span className="app-muted">{t('common.none')}</span>}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
