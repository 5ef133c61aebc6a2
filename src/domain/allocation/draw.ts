/**
 * The recorded draw that decides exact ties. Every recipient gets a lot number from a fixed hash
 * of seed and id; the smaller number wins. Pure (no node:crypto), so the browser computes the same
 * lots, and independent of the order of the input list: anyone with the seed can redo the draw.
 */

/**
 * cyrb53: a public-domain 53-bit string hash with good mixing for short keys. Not a cryptographic
 * hash — the draw must be reproducible and unbiased, not secret.
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Lot number of a recipient in the draw with this seed. */
export const lotOf = (seed: string, id: string) => hash53(`${seed}\u0000${id}`);

/** Compares two recipients by lot (then by id, should two lots ever collide): negative = a draws first. */
export function byLot(a: { id: string; lot: number }, b: { id: string; lot: number }): number {
  return a.lot - b.lot || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The seed used when none is given: derived from the ids and weights only (sorted, so the input order
 * does not matter; not from the total, so that the same recipients draw alike for every pool size).
 */
export function defaultSeed(entries: { id: string; weight: string }[]): string {
  const text = entries
    .map((e) => `${e.id}\u0000${e.weight}`)
    .sort()
    .join('\u0001');
  return hash53(text).toString(16).padStart(14, '0');
}
