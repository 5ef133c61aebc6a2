import './allocation.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { Badge } from '../../components/Badge.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { RadioGroupField } from '../../components/RadioGroupField.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { formatDate } from '../../lib/format.js';
import { useBereiche, useSzenarien, type ArchivFilter, type SzenarioKopf } from './api.js';
import { compareHref, createHref, formatMenge, formatNumber, szenarioHref } from './format.js';
import { useAllocationLabels } from './labels.js';
import { ButtonLink } from './parts.js';

const anzeigen = { aktiv: 'false', archiviert: 'true', alle: 'alle' } as const satisfies Record<string, ArchivFilter>;
type Anzeigen = keyof typeof anzeigen;
const isAnzeigen = (value: string | null): value is Anzeigen => value === 'aktiv' || value === 'archiviert' || value === 'alle';
const ALLE = 'alle';
export const MAX_COMPARE = 5;

/** /ressourcen — the scenarios the person may read; coordinators start new ones here. */
export function AllocationStartPage() {
  const { t } = useTranslation();
  const labels = useAllocationLabels();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const inAddress: Anzeigen = isAnzeigen(params.get('anzeigen')) ? (params.get('anzeigen') as Anzeigen) : 'aktiv';
  // The choice shows at once; the address follows.
  const [shown, setShown] = useState<Anzeigen>(inAddress);
  useEffect(() => setShown(inAddress), [inAddress]);
  const scopeFilter = params.get('bereich') ?? ALLE;
  const bereiche = useBereiche();
  const szenarien = useSzenarien({ archiviert: anzeigen[shown] });
  const [selected, setSelected] = useState<string[]>([]);
  const [compareMessage, setCompareMessage] = useState<string | null>(null);
  const mayCreate = (bereiche.data?.items.length ?? 0) > 0;

  const all = useMemo(() => szenarien.data?.items ?? [], [szenarien.data]);
  const scopes = useMemo(() => {
    const byId = new Map<string, string>();
    for (const s of all) byId.set(s.scopeId, s.scopeName);
    return [...byId].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'de'));
  }, [all]);
  const rows = scopeFilter === ALLE ? all : all.filter((s) => s.scopeId === scopeFilter);

  function setParam(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }

  function toggle(id: string, checked: boolean) {
    setCompareMessage(null);
    setSelected((previous) => (checked ? [...previous.filter((x) => x !== id), id] : previous.filter((x) => x !== id)));
  }

  // Only what is in the list counts: a filter may hide scenarios chosen before.
  const names = new Map(rows.map((s) => [s.id, s.name]));
  const chosen = selected.filter((id) => names.has(id));

  function compare() {
    if (chosen.length < 2) return setCompareMessage(t('allocation.start.compareTooFew'));
    if (chosen.length > MAX_COMPARE) return setCompareMessage(t('allocation.start.compareTooMany', { max: MAX_COMPARE }));
    void navigate(compareHref(chosen));
  }

  return (
    <>
      <PageHeader
        title={t('allocation.title')}
        lead={t('allocation.start.lead')}
        actions={
          mayCreate ? (
            <ButtonLink href={createHref} icon="add">
              {t('allocation.start.create')}
            </ButtonLink>
          ) : undefined
        }
      />
      <div className="app-filter app-alloc-filter">
        <RadioGroupField<Anzeigen>
          id="szenarien-anzeigen"
          name="szenarien-anzeigen"
          legend={t('allocation.start.filterLegend')}
          options={[
            { value: 'aktiv', label: t('allocation.start.filterActive') },
            { value: 'archiviert', label: t('allocation.start.filterArchived') },
            { value: 'alle', label: t('allocation.start.filterAll') },
          ]}
          value={shown}
          onChange={(value) => {
            setShown(value);
            setParam('anzeigen', value === 'aktiv' ? null : value);
          }}
          horizontal
        />
        <SelectField
          id="szenarien-bereich"
          label={t('allocation.start.scopeFilter')}
          options={[{ id: ALLE, label: t('allocation.start.allScopes') }, ...scopes]}
          value={scopes.some((s) => s.id === scopeFilter) ? scopeFilter : ALLE}
          onChange={(value) => setParam('bereich', value === null || value === ALLE ? null : value)}
        />
      </div>
      <p className="kern-body app-alloc-count" role="status">
        {szenarien.data ? t('allocation.start.count', { count: rows.length }) : ''}
      </p>
      {szenarien.isError ? (
        <QueryError error={szenarien.error} onRetry={() => void szenarien.refetch()} />
      ) : szenarien.isPending ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="kern-body app-alloc-empty">
          {shown === 'archiviert' ? t('allocation.start.emptyArchived') : shown === 'aktiv' ? t('allocation.start.emptyActive') : t('allocation.start.emptyAll')}
          {shown !== 'archiviert' && <> {mayCreate ? t('allocation.start.emptyHintCoordinator') : t('allocation.start.emptyHintReader')}</>}
        </p>
      ) : (
        <>
          <SzenarioTable rows={rows} selected={selected} onToggle={toggle} labels={labels} />
          <div className="app-alloc-compare" role="group" aria-label={t('allocation.start.compareGroup')}>
            <p className="kern-body app-alloc-compare__text">
              {chosen.length === 0 ? t('allocation.start.compareHint', { max: MAX_COMPARE }) : t('allocation.start.compareChosen', { count: chosen.length, names: chosen.map((id) => names.get(id)).join(', ') })}
            </p>
            <AppButton variant="secondary" onPress={compare}>
              {t('allocation.start.compare')}
            </AppButton>
          </div>
          <StatusMessage message={compareMessage} variant="warning" />
        </>
      )}
    </>
  );
}

function SzenarioTable({ rows, selected, onToggle, labels }: { rows: readonly SzenarioKopf[]; selected: readonly string[]; onToggle: (id: string, checked: boolean) => void; labels: ReturnType<typeof useAllocationLabels> }) {
  const { t } = useTranslation();
  return (
    <div className="app-table app-alloc-list">
      <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby="szenarien-caption" tabIndex={0}>
        <table className="kern-table kern-table--striped app-alloc-list__table">
          <caption id="szenarien-caption" className="kern-sr-only">
            {t('allocation.start.caption')}
          </caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header app-alloc-list__check">
                {t('allocation.start.colCompare')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('allocation.start.colName')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('allocation.start.colScope')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('allocation.start.colVerfahren')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('allocation.start.colSumme')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('allocation.start.colSchulen')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('allocation.start.colVersion')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('allocation.start.colUpdated')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((s) => {
              const checkId = `vergleich-${s.id}`;
              return (
                <tr key={s.id} className="kern-table__row">
                  <td className="kern-table__cell app-alloc-list__check">
                    <div className="kern-form-check">
                      <input
                        id={checkId}
                        type="checkbox"
                        className="kern-form-check__checkbox"
                        checked={selected.includes(s.id)}
                        onChange={(event) => onToggle(s.id, event.target.checked)}
                        aria-label={t('allocation.start.selectForCompare', { name: s.name })}
                      />
                    </div>
                  </td>
                  <th scope="row" className="kern-table__cell app-table__row-header app-alloc-list__name">
                    <AppLink href={szenarioHref(s.id)}>{s.name}</AppLink>
                    {s.archiviert && (
                      <>
                        {' '}
                        <Badge variant="warning">{t('allocation.archivedBadge')}</Badge>
                      </>
                    )}
                  </th>
                  <td className="kern-table__cell">
                    {s.scopeName}
                    <span className="app-alloc-list__detail">{labels.bereichTyp(s.scopeTyp)}</span>
                  </td>
                  <td className="kern-table__cell">{labels.verfahren(s.verfahren)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    <span className="app-nowrap">{formatMenge(s.summe, s.einheit)}</span>
                    <span className="app-alloc-list__detail">{labels.einheit(s.einheit)}</span>
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(s.schulen, 0)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{s.versionNummer}</td>
                  <td className="kern-table__cell app-nowrap">{formatDate(s.aktualisiertAm)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
