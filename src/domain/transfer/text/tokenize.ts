import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const stopwords = new Set<string>((stopwordsIso as Record<string, string[]>).de);

/**
 * Lower case, umlauts without their dots, ß as ss, other accents dropped — as the German Snowball
 * stemmer writes its stems, so that "Übergänge" and "Übergang" meet at "ubergang".
 */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * The words of a text, folded, without German stopwords. Hyphenated compounds count as their parts
 * and as the whole ("Eltern-Kind-Gruppe" → eltern, kind, gruppe, elternkindgruppe).
 */
export function words(text: string): { folded: string; original: string }[] {
  const out: { folded: string; original: string }[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}-]+/u)) {
    const parts = raw.split('-').filter(Boolean);
    const candidates = parts.length > 1 ? [...parts, parts.join('')] : parts;
    for (const c of candidates) {
      const lower = c.toLowerCase();
      if (lower.length < 2 || stopwords.has(lower) || /^\d+$/.test(lower)) continue;
      out.push({ folded: fold(lower), original: c });
    }
  }
  return out;
}
