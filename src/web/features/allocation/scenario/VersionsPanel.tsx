import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.js';
import { Badge } from '../../../components/Badge.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { formatDateTime } from '../../../lib/format.js';
import { exportUrl, useVersionen, type Szenario } from '../api.js';
import { formatMenge, formatNumber, szenarioHref } from '../format.js';
import { useAllocationLabels } from '../labels.js';

/** Every saved version, newest first, with its figures, a link to its result and its exports. */
export function VersionsPanel({ szenario }: { szenario: Szenario }) {
  const { t } = useTranslation();
  const labels = useAllocationLabels();
  const versionen = useVersionen(szenario.id);
  if (versionen.isError) return <QueryError error={versionen.error} onRetry={() => void versionen.refetch()} />;
  if (versionen.isPending) return <Loading />;
  const items = versionen.data.items;
  return (
    <>
      <h2 className="kern-heading-medium app-alloc-subtitle">{t('allocation.versions.title')}</h2>
      <p className="kern-body app-alloc-text">{t('allocation.versions.lead')}</p>
      <div className="app-table">
        <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby="versionen-caption" tabIndex={0}>
          <table className="kern-table kern-table--striped app-alloc-versions">
            <caption id="versionen-caption" className="kern-sr-only">
              {t('allocation.versions.caption')}
            </caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('allocation.versions.colVersion')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('allocation.versions.colSaved')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('allocation.versions.colModel')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('allocation.versions.colSchulen')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('allocation.versions.colExport')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {items.map((v) => {
                const current = v.nummer === szenario.versionNummer;
                return (
                  <tr key={v.nummer} className="kern-table__row">
                    <th scope="row" className="kern-table__cell app-table__row-header">
                      <AppLink href={szenarioHref(szenario.id, current ? null : v.nummer)}>{t('allocation.versions.version', { version: v.nummer })}</AppLink>
                      {current && (
                        <>
                          {' '}
                          <Badge variant="success">{t('allocation.versions.current')}</Badge>
                        </>
                      )}
                      {v.name !== szenario.name && <span className="app-alloc-list__detail">{v.name}</span>}
                    </th>
                    <td className="kern-table__cell">
                      {formatDateTime(v.erstelltAm)}
                      {v.erstelltVon && <span className="app-alloc-list__detail">{v.erstelltVon.name}</span>}
                    </td>
                    <td className="kern-table__cell">
                      {t('allocation.versions.model', {
                        menge: formatMenge(v.summe, v.modell.einheit),
                        einheiten: formatNumber(v.einheiten, 0),
                        einheit: labels.einheit(v.modell.einheit),
                        verfahren: labels.verfahren(v.modell.verfahren),
                      })}
                      <span className="app-alloc-list__detail">{t('allocation.versions.seed', { seed: v.seed })}</span>
                    </td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(v.schulen, 0)}</td>
                    <td className="kern-table__cell">
                      <span className="app-alloc-versions__exports">
                        <a href={exportUrl(szenario.id, 'csv', v.nummer)} download className="kern-link">
                          {t('allocation.versions.csv')}
                          <span className="kern-sr-only"> {t('allocation.versions.ofVersion', { version: v.nummer })}</span>
                        </a>
                        <a href={exportUrl(szenario.id, 'xlsx', v.nummer)} download className="kern-link">
                          {t('allocation.versions.xlsx')}
                          <span className="kern-sr-only"> {t('allocation.versions.ofVersion', { version: v.nummer })}</span>
                        </a>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
