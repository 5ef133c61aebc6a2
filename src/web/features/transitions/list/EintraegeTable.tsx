import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Input, Label, SearchField } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable.js';
import type { EigeneListe } from '../api.js';
import { formatCount, formatDay } from '../format.js';
import { useTransitionsLabels } from '../labels.js';
import { EintragStatusBadge } from '../StatusBadges.js';

type Eintrag = EigeneListe['items'][number];

export const PAGE_SIZE = 50;

const normal = (text: string) => text.toLocaleLowerCase('de').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** The school's own entries with their status: search by name, 50 a page (search and page stay in the address). */
export function EintraegeTable({ liste }: { liste: EigeneListe }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const [params, setParams] = useSearchParams();
  const suche = params.get('suche') ?? '';
  const query = normal(suche.trim());
  const found = useMemo(() => (query ? liste.items.filter((e) => normal(`${e.nachname} ${e.vorname} ${e.vorname} ${e.nachname}`).includes(query)) : liste.items), [liste.items, query]);
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, Number(params.get('seite')) || 1), pages);
  const visible = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  function hrefFor(n: number) {
    const next = new URLSearchParams(params);
    if (n === 1) next.delete('seite');
    else next.set('seite', String(n));
    return `?${next.toString()}`;
  }

  function search(text: string) {
    const next = new URLSearchParams(params);
    if (text) next.set('suche', text);
    else next.delete('suche');
    next.delete('seite');
    setParams(next, { replace: true });
  }

  const columns: Column<Eintrag>[] = [
    { key: 'name', header: t('transitions.entries.colName'), isRowHeader: true, render: (e) => [e.nachname, e.vorname].filter(Boolean).join(', ') },
    { key: 'geburtsdatum', header: t('transitions.entries.colGeburtsdatum'), render: (e) => <span className="app-nowrap">{formatDay(e.geburtsdatum)}</span> },
    { key: 'klasse', header: t('transitions.entries.colKlasse'), render: (e) => e.klasse ?? '' },
    ...(liste.art === 'abgang' ? [{ key: 'ziel', header: t('transitions.entries.colZielschule'), render: (e: Eintrag) => e.zielschuleRef?.name ?? e.zielschule ?? '' }] : []),
    { key: 'status', header: t('transitions.entries.colStatus'), render: (e) => <EintragStatusBadge status={e.status} /> },
    { key: 'kennung', header: t('transitions.entries.colKennung'), render: (e) => e.kennung },
  ];

  return (
    <div className="app-trans-entries">
      <div className="app-trans-entries__bar">
        <SearchField value={suche} onChange={search} className="kern-form-input app-field app-field--medium">
          <Label className="kern-label">{t('transitions.entries.search')}</Label>
          <Input className="kern-form-input__input" />
        </SearchField>
        <p className="kern-body app-trans-entries__count" role="status">
          {query ? t('transitions.entries.found', { count: found.length, formatted: formatCount(found.length) }) : t('transitions.entries.total', { count: found.length, formatted: formatCount(found.length) })}
        </p>
      </div>
      <DataTable
        caption={t('transitions.entries.caption', { art: labels.listenArt(liste.art), schule: liste.schule.name })}
        captionHidden
        columns={columns}
        rows={visible}
        rowKey={(e) => e.id}
        emptyText={query ? t('transitions.entries.noMatch') : t('transitions.entries.empty')}
        paging={found.length > PAGE_SIZE ? { page, pageSize: PAGE_SIZE, total: found.length, hrefFor } : undefined}
        wide
      />
    </div>
  );
}
