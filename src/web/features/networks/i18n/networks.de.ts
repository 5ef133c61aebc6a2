/** German texts of the networks pages (the English file has the same keys). */
export const networksDe = {
  title: 'Netzwerke & Treffen',
};
