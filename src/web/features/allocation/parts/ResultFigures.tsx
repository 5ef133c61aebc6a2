import './parts.css';
import { useTranslation } from 'react-i18next';
import type { Ergebnis } from '../../../../domain/allocation/contracts.js';
import { formatDateTime } from '../../../lib/format.js';
import { formatMenge, formatNumber } from '../format.js';
import { useAllocationLabels } from '../labels.js';

/** The key figures of a result: distributed amount, schools, schools left out, method, data, time. */
export function ResultFigures({ ergebnis, compact = false }: { ergebnis: Ergebnis; compact?: boolean }) {
  const { t } = useTranslation();
  const labels = useAllocationLabels();
  const ausgeschlossen = ergebnis.ausgeschlossen.reduce((sum, e) => sum + e.anzahl, 0);
  const figures: [string, string][] = [
    [t('allocation.figures.verteilt'), formatMenge(ergebnis.summe, ergebnis.einheit)],
    [t('allocation.figures.einheiten'), `${formatNumber(ergebnis.einheiten, 0)} × ${labels.einheit(ergebnis.einheit)}`],
    [t('allocation.figures.schulen'), formatNumber(ergebnis.schulen.length, 0)],
    [t('allocation.figures.ausgeschlossen'), formatNumber(ausgeschlossen, 0)],
  ];
  if (!compact) {
    figures.push(
      [t('allocation.figures.verfahren'), labels.verfahren(ergebnis.verfahren)],
      [t('allocation.figures.datenstand'), ergebnis.datenstand.length ? ergebnis.datenstand.join(', ') : t('common.none')],
      [t('allocation.figures.berechnet'), formatDateTime(ergebnis.berechnetAm)],
    );
  }
  return (
    <dl className="app-alloc-figures">
      {figures.map(([label, value]) => (
        <div key={label} className="app-alloc-figures__item">
          <dt className="app-alloc-figures__label">{label}</dt>
          <dd className="app-alloc-figures__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Schools left out by reason, ties and draws, and the server's notes. Nothing to say: nothing shown. */
export function ResultNotes({ ergebnis }: { ergebnis: Ergebnis }) {
  const { t } = useTranslation();
  const labels = useAllocationLabels();
  const ausgeschlossen = ergebnis.ausgeschlossen.filter((e) => e.anzahl > 0);
  // The server's note on schools left out repeats the list by reason above it.
  const hinweise = ausgeschlossen.length > 0 ? ergebnis.hinweise.filter((h) => !h.startsWith('Nicht berücksichtigt:')) : ergebnis.hinweise;
  return (
    <div className="app-alloc-notes">
      {ausgeschlossen.length > 0 ? (
        <>
          <p className="kern-body app-alloc-notes__lead">{t('allocation.notes.ausgeschlossen')}</p>
          <ul className="kern-list kern-list--bullet app-alloc-notes__list">
            {ausgeschlossen.map((e) => (
              <li key={e.grund} className="kern-body">
                {t('allocation.notes.grund', { count: e.anzahl, anzahl: formatNumber(e.anzahl, 0), grund: labels.grund(e.grund) })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="kern-body">{t('allocation.notes.keineAusgeschlossen')}</p>
      )}
      {hinweise.length > 0 && (
        <>
          <p className="kern-body app-alloc-notes__lead">{t('allocation.notes.hinweise')}</p>
          <ul className="kern-list kern-list--bullet app-alloc-notes__list">
            {hinweise.map((hinweis, index) => (
              <li key={index} className="kern-body">
                {hinweis}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
