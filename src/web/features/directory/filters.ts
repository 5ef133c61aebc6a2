import { schoolSorts } from '../../../domain/directory/contracts.js';
import type { Kommune } from '../../../domain/directory/contracts.js';
import type { SessionInfo } from '../../../domain/identity/contracts.js';
import type { SchoolQuery, SchoolSort, SortDirection } from './api.js';

/*
 * The school list keeps everything in its address, so a filtered, sorted page can be bookmarked,
 * shared and reloaded. Parameter names are German like the rest of the URLs:
 *   kommune=<id>|alle  schulform=<name> (repeated)  index-von=1..9  index-bis=1..9  ohne-index=ja
 *   startchancen=ja|nein  sozialraum=<id>  suche=<text>  sortierung=<column>  richtung=auf|ab  seite=<n>
 * Without `kommune` the person's own Kommune is used (see defaultKommuneId); `alle` switches it off.
 */

export const listPath = '/verzeichnis';
export const pageSize = 25;
export const allKommunen = 'alle';

export type StartchancenFilter = 'ja' | 'nein' | 'alle';

export interface SchoolFilters {
  kommuneId: string | null;
  schulformen: string[];
  sozialindexMin: number | null;
  sozialindexMax: number | null;
  ohneSozialindex: boolean;
  startchancen: StartchancenFilter;
  sozialraumId: string | null;
  q: string;
}

export interface ListState {
  filters: SchoolFilters;
  /** The `kommune` parameter is missing: the default Kommune still has to be applied. */
  kommuneMissing: boolean;
  sort: SchoolSort;
  direction: SortDirection;
  page: number;
}

export const emptyFilters: SchoolFilters = {
  kommuneId: null,
  schulformen: [],
  sozialindexMin: null,
  sozialindexMax: null,
  ohneSozialindex: false,
  startchancen: 'alle',
  sozialraumId: null,
  q: '',
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idParam(value: string | null): string | null {
  return value && uuid.test(value) ? value : null;
}

function indexParam(value: string | null): number | null {
  if (!value || !/^[1-9]$/.test(value)) return null;
  return Number(value);
}

function isSort(value: string | null): value is SchoolSort {
  return (schoolSorts as readonly string[]).includes(value ?? '');
}

/** Reads the list state from the address; anything unreadable is ignored rather than sent on. */
export function parseListParams(params: URLSearchParams): ListState {
  let sozialindexMin = indexParam(params.get('index-von'));
  let sozialindexMax = indexParam(params.get('index-bis'));
  if (sozialindexMin !== null && sozialindexMax !== null && sozialindexMin > sozialindexMax) {
    [sozialindexMin, sozialindexMax] = [sozialindexMax, sozialindexMin];
  }
  const startchancen = params.get('startchancen');
  const sort = params.get('sortierung');
  return {
    filters: {
      kommuneId: idParam(params.get('kommune')),
      schulformen: params
        .getAll('schulform')
        .map((s) => s.trim())
        .filter(Boolean),
      sozialindexMin,
      sozialindexMax,
      ohneSozialindex: params.get('ohne-index') === 'ja',
      startchancen: startchancen === 'ja' || startchancen === 'nein' ? startchancen : 'alle',
      sozialraumId: idParam(params.get('sozialraum')),
      q: (params.get('suche') ?? '').trim().slice(0, 100),
    },
    kommuneMissing: !params.has('kommune'),
    sort: isSort(sort) ? sort : 'name',
    direction: params.get('richtung') === 'ab' ? 'desc' : 'asc',
    page: Math.max(1, Math.floor(Number(params.get('seite'))) || 1),
  };
}

/**
 * The address for a list state. `hasDefaultKommune` decides whether "no Kommune" has to be spelled
 * out as `kommune=alle` (otherwise the default would come back on reload).
 */
export function listSearch(
  state: { filters: SchoolFilters; sort?: SchoolSort; direction?: SortDirection; page?: number },
  hasDefaultKommune: boolean,
): string {
  const { filters } = state;
  const params = new URLSearchParams();
  if (filters.kommuneId) params.set('kommune', filters.kommuneId);
  else if (hasDefaultKommune) params.set('kommune', allKommunen);
  for (const schulform of filters.schulformen) params.append('schulform', schulform);
  if (!filters.ohneSozialindex) {
    if (filters.sozialindexMin !== null) params.set('index-von', String(filters.sozialindexMin));
    if (filters.sozialindexMax !== null) params.set('index-bis', String(filters.sozialindexMax));
  } else {
    params.set('ohne-index', 'ja');
  }
  if (filters.startchancen !== 'alle') params.set('startchancen', filters.startchancen);
  if (filters.sozialraumId) params.set('sozialraum', filters.sozialraumId);
  if (filters.q.trim()) params.set('suche', filters.q.trim());
  if (state.sort && state.sort !== 'name') params.set('sortierung', state.sort);
  if (state.direction === 'desc') params.set('richtung', 'ab');
  if (state.page && state.page > 1) params.set('seite', String(state.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** A link to the list, e.g. from a Kommune or a Sozialraum. */
export function listHref(filters: Partial<SchoolFilters>): string {
  return `${listPath}${listSearch({ filters: { ...emptyFilters, ...filters } }, true)}`;
}

export function schoolHref(school: { id: string }): string {
  return `${listPath}/schulen/${encodeURIComponent(school.id)}`;
}

export function kommuneHref(kommuneId: string): string {
  return `${listPath}/kommunen/${encodeURIComponent(kommuneId)}`;
}

/** The server query for a list state. */
export function toQuery(state: ListState): SchoolQuery {
  const { filters } = state;
  return {
    kommuneId: filters.kommuneId ?? undefined,
    schulform: filters.schulformen.length ? filters.schulformen : undefined,
    sozialindexMin: filters.ohneSozialindex ? undefined : (filters.sozialindexMin ?? undefined),
    sozialindexMax: filters.ohneSozialindex ? undefined : (filters.sozialindexMax ?? undefined),
    ohneSozialindex: filters.ohneSozialindex || undefined,
    startchancen: filters.startchancen === 'alle' ? undefined : filters.startchancen === 'ja',
    sozialraumId: filters.sozialraumId ?? undefined,
    q: filters.q || undefined,
    sort: state.sort,
    direction: state.direction,
    page: state.page,
    pageSize,
  };
}

/** Whether any filter narrows the list (used for the "reset" link and the empty text). */
export function hasFilters(filters: SchoolFilters): boolean {
  return (
    filters.kommuneId !== null ||
    filters.schulformen.length > 0 ||
    filters.sozialindexMin !== null ||
    filters.sozialindexMax !== null ||
    filters.ohneSozialindex ||
    filters.startchancen !== 'alle' ||
    filters.sozialraumId !== null ||
    filters.q !== ''
  );
}

/**
 * The Kommune the list starts with: that of the person's first membership in a Kommune or a
 * Schule (a school's parent scope is its Kommune), if the directory knows it.
 */
export function defaultKommuneId(session: SessionInfo, kommunen: readonly Kommune[]): string | null {
  const known = new Set(kommunen.map((k) => k.id));
  for (const membership of session.user.memberships) {
    const { scope } = membership;
    const candidate = scope.type === 'kommune' ? scope.id : scope.type === 'schule' ? scope.parentId : null;
    if (candidate && known.has(candidate)) return candidate;
  }
  return null;
}

let lastListSearch = '';

/** The list remembers its last address, so "back to the list" returns to the same filters. */
export function rememberListSearch(search: string): void {
  lastListSearch = search;
}

export function backToListHref(): string {
  return `${listPath}${lastListSearch}`;
}
