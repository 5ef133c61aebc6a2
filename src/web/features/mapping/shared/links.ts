/** Addresses of the detail pages. */
export const akteurHref = (id: string) => `/akteure/${encodeURIComponent(id)}`;
export const angebotHref = (id: string) => `/akteure/angebote/${encodeURIComponent(id)}`;
export const kooperationHref = (id: string) => `/akteure/kooperationen/${encodeURIComponent(id)}`;
