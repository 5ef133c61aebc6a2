import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Scope, createScopeBody } from '../../../domain/identity/contracts.js';
import { api } from '../../lib/api.js';

export type CreateScopeBody = z.infer<typeof createScopeBody>;

export const scopesKey = ['scopes'] as const;

/** Organisational units the current person may assign. */
export function useScopes() {
  return useQuery({
    queryKey: scopesKey,
    queryFn: () => api<{ items: Scope[] }>('/api/scopes'),
    staleTime: 60_000,
  });
}

export function useCreateScope() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateScopeBody) => api<Scope>('/api/scopes', { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: scopesKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}

/** "Kommune: Köln"; the platform root is just its name. */
export function scopeLabel(scope: Pick<Scope, 'type' | 'name'>, t: TFunction): string {
  if (scope.type === 'plattform') return scope.name;
  return `${t(`scopeTypes.${scope.type}`)}: ${scope.name}`;
}

/** Hierarchy order (by materialised path), then name. */
export function sortScopes(scopes: readonly Scope[]): Scope[] {
  return [...scopes].sort((a, b) => a.path.localeCompare(b.path) || a.name.localeCompare(b.name, 'de'));
}
