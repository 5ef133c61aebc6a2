import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../domain/identity/contracts.js';
import { api } from '../../lib/api.js';
import type { Page } from '../users/api.js';

export interface AuditParams {
  page: number;
  pageSize: number;
  entityType?: string;
  actorId?: string;
}

export function useAudit(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: ({ signal }) => api<Page<AuditEntry>>('/api/audit', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Entity types offered in the filter; other types still show up unfiltered. */
export const knownEntityTypes = ['user', 'membership', 'scope', 'schule', 'sozialraum', 'akteur', 'akteur_typ', 'angebot', 'kooperation', 'kommune'] as const;
export type KnownEntityType = (typeof knownEntityTypes)[number];

export function isKnownEntityType(value: string): value is KnownEntityType {
  return (knownEntityTypes as readonly string[]).includes(value);
}
