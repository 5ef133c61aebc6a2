import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReihePruefung } from '../../../domain/networks/contracts.js';
import { cx } from '../../lib/cx.js';
import { formatLocalDate, formatLocalDateTime, formatLocalTime, formatLocalWeekday } from './format.js';
import { Badge, RadioGroupField } from './parts.js';

export type Choice = 'verschieben' | 'stattfinden' | 'ausfallen';
type Termin = ReihePruefung['termine'][number];

/** Every date of the rule; flagged dates with the closure and a choice: move (proposal), keep, cancel. */
export function PreviewTable({ result, choices, onChoose }: { result: ReihePruefung; choices: Record<string, Choice>; onChoose: (termin: string, choice: Choice) => void }) {
  const { t } = useTranslation();
  const captionId = useId();
  const closureText = (termin: Termin) =>
    termin.schliessungen
      .map((s) => (s.art === 'feiertag' ? t('networks.reihe.holiday', { name: s.name }) : t('networks.reihe.schoolHoliday', { name: s.name, von: formatLocalDate(s.von), bis: formatLocalDate(s.bis) })))
      .join('; ');
  return (
    <div className="app-table app-table--wide app-networks-preview-table">
      <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="kern-table">
          <caption id={captionId} className="kern-title app-table__caption">
            {t('networks.reihe.previewCaption', { count: result.termine.length })}
          </caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('networks.reihe.col.nr')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('networks.reihe.col.datum')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('networks.reihe.col.wochentag')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('networks.reihe.col.uhrzeit')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('networks.reihe.col.hinweis')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('networks.reihe.col.entscheidung')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {result.termine.map((termin, index) => {
              const flagged = termin.schliessungen.length > 0;
              const choice = choices[termin.termin];
              const name = `termin-${termin.termin}`;
              return (
                <tr key={termin.termin} className={cx('kern-table__row', flagged && 'app-networks-flagged')}>
                  <td className="kern-table__cell kern-table__cell--numeric">{index + 1}</td>
                  <th scope="row" className="kern-table__cell app-table__row-header app-nowrap">
                    {formatLocalDate(termin.termin)}
                  </th>
                  <td className="kern-table__cell">{formatLocalWeekday(termin.termin)}</td>
                  <td className="kern-table__cell app-nowrap">{formatLocalTime(termin.termin)}</td>
                  <td className="kern-table__cell">{flagged ? <Badge variant="warning">{closureText(termin)}</Badge> : <span className="app-muted">{t('networks.reihe.free')}</span>}</td>
                  <td className="kern-table__cell app-networks-choice">
                    {flagged ? (
                      <RadioGroupField<Choice>
                        id={name}
                        name={name}
                        legend={t('networks.reihe.choiceLegend', { datum: formatLocalDateTime(termin.termin) })}
                        legendHidden
                        options={[
                          ...(termin.vorschlag ? [{ value: 'verschieben' as const, label: t('networks.reihe.move', { datum: formatLocalDateTime(termin.vorschlag) }) }] : []),
                          { value: 'stattfinden', label: t('networks.reihe.keep') },
                          { value: 'ausfallen', label: t('networks.reihe.drop') },
                        ]}
                        value={choice ?? (termin.vorschlag ? 'verschieben' : 'stattfinden')}
                        onChange={(next) => onChoose(termin.termin, next)}
                      />
                    ) : (
                      <span className="app-muted">{t('networks.reihe.asPlanned')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
