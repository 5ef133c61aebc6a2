import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listColumns, REQUIRED_COLUMNS, type ListColumn } from '../../../../domain/transitions/pupil-list.js';
import type { ListenArt } from '../../../../domain/transitions/round-contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { SelectField } from '../../../components/SelectField.js';
import { useTransitionsLabels } from '../labels.js';

/** Header of the file → field it holds ('' = ignore the column). */
export type Spalten = Record<string, ListColumn | ''>;

const IGNORIEREN = 'ignorieren';

/** Columns the file only knows by its own headers: the person says what each one holds, then checks again. */
export function ColumnMapping({ art, startwerte, fehlend, isPending, onCheck }: { art: ListenArt; startwerte: Spalten; fehlend: readonly ListColumn[]; isPending: boolean; onCheck: (spalten: Spalten) => void }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const [spalten, setSpalten] = useState<Spalten>(startwerte);
  const [problem, setProblem] = useState<string | null>(null);
  // The leaver list names the expected school; a registration list has no such column.
  const felder = listColumns.filter((c) => art === 'abgang' || c !== 'zielschule');
  const options = [{ id: IGNORIEREN, label: t('transitions.mapping.ignore') }, ...felder.map((c) => ({ id: c, label: labels.feld(c) }))];
  const headers = Object.keys(spalten);

  function check() {
    const chosen = Object.values(spalten).filter((f): f is ListColumn => f !== '');
    const missing = REQUIRED_COLUMNS.filter((c) => !chosen.includes(c));
    const twice = felder.filter((c) => chosen.filter((f) => f === c).length > 1);
    if (missing.length > 0) return setProblem(t('transitions.mapping.missing', { felder: missing.map(labels.feld).join(', ') }));
    if (twice.length > 0) return setProblem(t('transitions.mapping.twice', { felder: twice.map(labels.feld).join(', ') }));
    setProblem(null);
    onCheck(spalten);
  }

  return (
    <section className="app-trans-mapping" aria-labelledby="spalten-zuordnen">
      <h3 id="spalten-zuordnen" className="kern-heading-small">
        {t('transitions.mapping.title')}
      </h3>
      <p className="kern-body app-trans-text">
        {fehlend.length > 0 ? t('transitions.mapping.leadMissing', { felder: fehlend.map(labels.feld).join(', ') }) : t('transitions.mapping.lead')}
      </p>
      <div className="app-trans-mapping__fields">
        {headers.map((name, index) => (
          <SelectField
            key={name}
            id={`spalte-${index}`}
            label={t('transitions.mapping.column', { name })}
            options={options}
            value={spalten[name] || IGNORIEREN}
            onChange={(value) => setSpalten((s) => ({ ...s, [name]: value === null || value === IGNORIEREN ? '' : (value as ListColumn) }))}
          />
        ))}
      </div>
      {problem && <Alert variant="danger" role="alert" title={problem} />}
      <div className="app-actions">
        <AppButton variant="secondary" icon="check" isPending={isPending} onPress={check}>
          {t('transitions.mapping.check')}
        </AppButton>
      </div>
    </section>
  );
}
