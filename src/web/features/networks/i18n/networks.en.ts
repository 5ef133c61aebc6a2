import type { networksDe } from './networks.de.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const networksEn: Shape<typeof networksDe> = {
  title: 'Networks & meetings',
};
