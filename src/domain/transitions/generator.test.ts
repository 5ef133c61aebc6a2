import { describe, expect, it } from 'vitest';
import { generateRound } from './generator.js';
import { pupilRecordSchema } from './contracts.js';

describe('generated transition rounds', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = generateRound({ pupils: 300, seed: 5 });
    expect(generateRound({ pupils: 300, seed: 5 })).toEqual(a);
    expect(generateRound({ pupils: 300, seed: 6 }).leavers).not.toEqual(a.leavers);
  });

  it('produce valid records with ground truth for every entry', () => {
    const round = generateRound({ pupils: 2_000, seed: 1 });
    expect(round.leaverChild).toHaveLength(round.leavers.length);
    expect(round.registrationChild).toHaveLength(round.registrations.length);
    for (const r of [...round.leavers, ...round.registrations]) expect(pupilRecordSchema.safeParse(r).success).toBe(true);
    expect(new Set(round.registrations.map((r) => r.id)).size).toBe(round.registrations.length);
  });

  it('contain the discrepancies a round has, at about the configured rates', () => {
    const round = generateRound({ pupils: 5_000, seed: 2 });
    const leaverChildren = new Set(round.leaverChild);
    const registered = new Map<string, number>();
    for (const c of round.registrationChild) registered.set(c, (registered.get(c) ?? 0) + 1);
    const movedAway = [...leaverChildren].filter((c) => !registered.has(c)).length / leaverChildren.size;
    const twice = [...leaverChildren].filter((c) => (registered.get(c) ?? 0) > 1).length / leaverChildren.size;
    const unknown = round.registrationChild.filter((c) => !leaverChildren.has(c)).length / leaverChildren.size;
    expect(movedAway).toBeGreaterThan(0.02);
    expect(movedAway).toBeLessThan(0.04);
    expect(twice).toBeGreaterThan(0.015);
    expect(unknown).toBeCloseTo(0.03, 2);
    // Errors show: transliterated umlauts, swapped names, missing dates.
    expect(round.registrations.some((r) => /ue|ae|oe/.test(r.nachname) && round.leavers.some((l) => l.nachname.includes('ü') || l.nachname.includes('ä')))).toBe(true);
    expect(round.registrations.filter((r) => r.geburtsdatum === null).length).toBeGreaterThan(5);
  });
});
