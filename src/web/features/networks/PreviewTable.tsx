import { useTranslation } from 'react-i18next';
import type { ReihePruefung } from '../../../domain/networks/contracts.js';
import { Badge } from '../../components/Badge.js';
import { RadioGroupField } from '../../components/RadioGroupField.js';
import { formatLocalDate, formatLocalDateTime, formatLocalTime, formatLocalWeekday } from './format.js';
import { StackedTable, type StackedColumn } from './StackedTable.js';

export type Choice = 'verschieben' | 'stattfinden' | 'ausfallen';
type Termin = ReihePruefung['termine'][number];
interface Row {
  termin: Termin;
  nr: number;
}

/** Every date of the rule; flagged dates with the closure and a choice: move (proposal), keep, cancel. */
export function PreviewTable({ result, choices, onChoose, id }: { result: ReihePruefung; choices: Record<string, Choice>; onChoose: (termin: string, choice: Choice) => void; id?: string }) {
  const { t } = useTranslation();
  const closureText = (termin: Termin) =>
    termin.schliessungen
      .map((s) => (s.art === 'feiertag' ? t('networks.reihe.holiday', { name: s.name }) : t('networks.reihe.schoolHoliday', { name: s.name, von: formatLocalDate(s.von), bis: formatLocalDate(s.bis) })))
      .join('; ');

  const columns: StackedColumn<Row>[] = [
    { key: 'nr', header: t('networks.reihe.col.nr'), numeric: true, render: ({ nr }) => nr },
    { key: 'datum', header: t('networks.reihe.col.datum'), isRowHeader: true, render: ({ termin }) => <span className="app-nowrap">{formatLocalDate(termin.termin)}</span> },
    { key: 'wochentag', header: t('networks.reihe.col.wochentag'), render: ({ termin }) => formatLocalWeekday(termin.termin) },
    { key: 'uhrzeit', header: t('networks.reihe.col.uhrzeit'), render: ({ termin }) => <span className="app-nowrap">{formatLocalTime(termin.termin)}</span> },
    {
      key: 'hinweis',
      header: t('networks.reihe.col.hinweis'),
      stackLabel: true,
      stackFull: true,
      render: ({ termin }) => (termin.schliessungen.length > 0 ? <Badge variant="warning">{closureText(termin)}</Badge> : <span className="app-muted">{t('networks.reihe.free')}</span>),
    },
    {
      key: 'entscheidung',
      header: t('networks.reihe.col.entscheidung'),
      stackLabel: true,
      stackFull: true,
      render: ({ termin }) => {
        if (termin.schliessungen.length === 0) return <span className="app-muted">{t('networks.reihe.asPlanned')}</span>;
        const name = `termin-${termin.termin}`;
        return (
          <div className="app-networks-choice">
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
              value={choices[termin.termin] ?? (termin.vorschlag ? 'verschieben' : 'stattfinden')}
              onChange={(next) => onChoose(termin.termin, next)}
            />
          </div>
        );
      },
    },
  ];

  return (
    <StackedTable
      id={id}
      caption={t('networks.reihe.previewCaption', { count: result.termine.length })}
      columns={columns}
      rows={result.termine.map((termin, index) => ({ termin, nr: index + 1 }))}
      rowKey={({ termin }) => termin.termin}
      rowClassName={({ termin }) => (termin.schliessungen.length > 0 ? 'app-networks-flagged' : undefined)}
      emptyText=""
      minWidth="52rem"
    />
  );
}
