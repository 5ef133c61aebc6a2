import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Netzwerk, NetzwerkKnoten } from '../../../../domain/mapping/analysis/contracts.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import { formatCount, formatNumber } from './format.js';

export type RoleFilter = 'alle' | 'brueckenakteure' | 'isoliert';
export const roleFilters: readonly RoleFilter[] = ['alle', 'brueckenakteure', 'isoliert'];
export const TABLE_PAGE_SIZE = 50;

export interface NetworkRow extends NetzwerkKnoten {
  partner: string[];
}

/** Each actor with the names of its partners, in name order. */
export function networkRows(data: Netzwerk): NetworkRow[] {
  const names = new Map(data.nodes.map((n) => [n.id, n.name]));
  const partners = new Map<string, Set<string>>();
  for (const e of data.edges) {
    partners.set(e.source, (partners.get(e.source) ?? new Set()).add(e.target));
    partners.set(e.target, (partners.get(e.target) ?? new Set()).add(e.source));
  }
  return data.nodes
    .map((n) => ({
      ...n,
      partner: [...(partners.get(n.id) ?? [])].map((id) => names.get(id) ?? '').sort((a, b) => a.localeCompare(b, 'de')),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id));
}

export function RoleText({ node }: { node: NetzwerkKnoten }) {
  const { t } = useTranslation();
  if (node.broker) return <span className="kern-badge kern-badge--info app-analysis-role app-analysis-role--broker">{t('mappingAnalysis.netzwerk.roleBroker')}</span>;
  if (node.isolated) return <span className="kern-badge kern-badge--warning app-analysis-role app-analysis-role--isolated">{t('mappingAnalysis.netzwerk.roleIsolated')}</span>;
  return <span className="app-muted">{t('mappingAnalysis.netzwerk.roleConnected')}</span>;
}

interface NetworkTableProps {
  rows: readonly NetworkRow[];
  role: RoleFilter;
  page: number;
  hrefFor: (page: number) => string;
  kreisLabel: (kreis: NetzwerkKnoten['kreis']) => string;
}

/** The accessible equivalent of the graph: every actor, its partners and its role in the network. */
export function NetworkTable({ rows, role, page, hrefFor, kreisLabel }: NetworkTableProps) {
  const { t } = useTranslation();
  const shown = useMemo(() => rows.filter((r) => (role === 'brueckenakteure' ? r.broker : role === 'isoliert' ? r.isolated : true)), [rows, role]);
  const pages = Math.max(1, Math.ceil(shown.length / TABLE_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const slice = shown.slice((current - 1) * TABLE_PAGE_SIZE, current * TABLE_PAGE_SIZE);

  const columns: Column<NetworkRow>[] = [
    { key: 'name', header: t('mappingAnalysis.netzwerk.colAkteur'), isRowHeader: true, render: (r) => r.name },
    { key: 'art', header: t('mappingAnalysis.netzwerk.colArt'), render: (r) => r.typLabel },
    { key: 'kreis', header: t('mappingAnalysis.netzwerk.colKreis'), render: (r) => kreisLabel(r.kreis) },
    { key: 'kooperationen', header: t('mappingAnalysis.netzwerk.colKooperationen'), numeric: true, render: (r) => formatCount(r.kooperationen) },
    {
      key: 'partner',
      header: t('mappingAnalysis.netzwerk.colPartner'),
      render: (r) => (r.partner.length ? r.partner.join(', ') : <span className="app-muted">{t('mappingAnalysis.netzwerk.noPartner')}</span>),
    },
    {
      key: 'rolle',
      header: t('mappingAnalysis.netzwerk.colRolle'),
      render: (r) => (
        <>
          <RoleText node={r} />
          {!r.isolated && <span className="app-analysis-betweenness">{t('mappingAnalysis.netzwerk.vermittlung', { value: formatNumber(r.betweenness, 2) })}</span>}
        </>
      ),
    },
  ];

  return (
    <div className="app-network-table">
      <DataTable
        caption={t('mappingAnalysis.netzwerk.tableCaption')}
        columns={columns}
        rows={slice}
        rowKey={(r) => r.id}
        emptyText={role === 'alle' ? t('mappingAnalysis.netzwerk.empty') : t('mappingAnalysis.netzwerk.emptyRole')}
        paging={shown.length > TABLE_PAGE_SIZE ? { page: current, pageSize: TABLE_PAGE_SIZE, total: shown.length, hrefFor } : undefined}
      />
    </div>
  );
}
