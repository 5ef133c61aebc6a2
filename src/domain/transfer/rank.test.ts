import { describe, expect, it } from 'vitest';
import { contextScore, rankPractices, type PracticeDoc } from './rank.js';

const practice = (id: string, kommune: string, titel: string, beschreibung: string, handlungsfelder: string[], altersphasen: string[]): PracticeDoc => ({ id, kommune, titel, beschreibung, handlungsfelder, altersphasen });

const library = [
  practice('p1', 'a', 'Schulsozialarbeit an Grundschulen', 'Sozialpädagogische Fachkräfte beraten Kinder und Eltern an drei Grundschulen.', ['beratung'], ['6-9']),
  practice('p2', 'b', 'Willkommensbesuche für Neugeborene', 'Familienhebammen besuchen Familien nach der Geburt und bringen eine Mappe mit Angeboten.', ['elternarbeit'], ['0-2']),
  practice('p3', 'c', 'Lesepaten in der Grundschule', 'Ehrenamtliche lesen einmal in der Woche mit Kindern, die wenig vorgelesen bekommen.', ['lesefoerderung'], ['6-9']),
  practice('p4', 'b', 'Sozialarbeit im Jugendtreff', 'Offene Jugendarbeit im Quartier für Jugendliche ab zwölf Jahren.', ['sozialraum'], ['10-15']),
];

describe('ranking practices for a gap', () => {
  it('puts the practice that answers the gap first and says why in words', () => {
    const ranked = rankPractices([{ id: 'g', kommune: 'x', text: 'Uns fehlt Sozialarbeit an unseren Grundschulen, Eltern finden keine Beratung.', handlungsfelder: ['beratung'], altersphasen: ['6-9'] }], library);
    const [first] = ranked.get('g')!;
    expect(first!.practiceId).toBe('p1');
    expect(first!.reasons.join(' | ')).toMatch(/Passt inhaltlich: .*„Schulsozialarbeit“/);
    expect(first!.reasons).toContain('Gleiches Handlungsfeld: Beratung');
    expect(first!.reasons).toContain('Gleiche Altersphase: Grundschule');
  });

  it('never proposes a practice of the gap’s own Kommune and keeps at most top', () => {
    const ranked = rankPractices([{ id: 'g', kommune: 'a', text: 'Schulsozialarbeit Grundschule Eltern Beratung Familien Lesen', handlungsfelder: ['beratung'], altersphasen: ['6-9'] }], library, { top: 2 });
    const ids = ranked.get('g')!.map((p) => p.practiceId);
    expect(ids).not.toContain('p1');
    expect(ids.length).toBeLessThanOrEqual(2);
  });

  it('proposes nothing when neither words nor field fit', () => {
    const ranked = rankPractices([{ id: 'g', kommune: 'x', text: 'Zwetschgenbaum', handlungsfelder: ['mint'], altersphasen: ['19-24'] }], library);
    expect(ranked.get('g')).toEqual([]);
  });

  it('counts a neighbouring age phase half', () => {
    const ranked = rankPractices([{ id: 'g', kommune: 'x', text: 'Lesen', handlungsfelder: ['lesefoerderung'], altersphasen: ['10-15'] }], library);
    expect(ranked.get('g')![0]!.parts.alter).toBe(0.5);
  });
});

describe('context similarity of two Kommunen', () => {
  it('is ½ when nothing is known and 1 for the same type, size and profile', () => {
    expect(contextScore(undefined, { art: 'kreis' }).score).toBe(0.5);
    const p = [0.1, 0.1, 0.1, 0.1, 0.2, 0.1, 0.1, 0.1, 0.1];
    const same = contextScore({ art: 'kreis', einwohner: 100_000, sozialindexProfil: p }, { art: 'kreis', artLabel: 'Kreis', einwohner: 100_000, sozialindexProfil: p });
    expect(same.score).toBe(1);
    expect(same.alike).toEqual(['ebenfalls Kreis', 'ähnliche Größe (100.000 Einwohner:innen)', 'ähnliches Sozialindex-Profil der Schulen']);
  });

  it('falls with size difference and with another profile', () => {
    const a = { art: 'kreisfreie-stadt', einwohner: 600_000, sozialindexProfil: [1, 0, 0, 0, 0, 0, 0, 0, 0] };
    const b = { art: 'kreisangehoerige-stadt', einwohner: 30_000, sozialindexProfil: [0, 0, 0, 0, 0, 0, 0, 0, 1] };
    expect(contextScore(a, b).score).toBeLessThan(0.2);
  });
});
