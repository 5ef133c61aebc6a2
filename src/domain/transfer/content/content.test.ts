import { describe, expect, it } from 'vitest';
import { kommuneArten } from '../../directory/vocabulary.js';
import { altersphasen, handlungsfelder } from '../../shared/vocabularies.js';
import {
  bewerteteLuecken,
  demoLuecken,
  demoLueckenRelevant,
  kontextDimensionCodes,
  kontextDimensionen,
  kontextFragen,
  modellKommunen,
  praxisbeispiele,
} from './index.js';

const fieldCodes = new Set(Object.keys(handlungsfelder));
const phaseCodes = new Set(Object.keys(altersphasen));
const kommuneKeys = new Set(modellKommunen.map((k) => k.key));
const questionCodes = new Set(kontextFragen.map((f) => f.code));
const practiceKommune = new Map(praxisbeispiele.map((p) => [p.id, p.kommune]));

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„])/).filter((s) => s.trim().length > 0);

describe('Kontextmodell', () => {
  it('has the five dimensions of the shared vocabulary, in a fixed order', () => {
    expect([...kontextDimensionCodes].sort()).toEqual(Object.keys(kontextDimensionen).sort());
  });

  it('has at least 110 questions with unique codes and unique wording', () => {
    expect(kontextFragen.length).toBeGreaterThanOrEqual(110);
    expect(duplicates(kontextFragen.map((f) => f.code))).toEqual([]);
    expect(duplicates(kontextFragen.map((f) => f.frage.toLowerCase()))).toEqual([]);
  });

  it('has at least 18 questions per dimension, all ending with a question mark', () => {
    for (const dimension of kontextDimensionCodes) {
      expect(kontextFragen.filter((f) => f.dimension === dimension).length, dimension).toBeGreaterThanOrEqual(18);
    }
    for (const f of kontextFragen) {
      expect(f.frage.endsWith('?'), f.code).toBe(true);
      expect(f.code, f.code).toMatch(/^(inst|sozr|disk|indi|proj)-\d{2}$/);
    }
  });
});

describe('Modellkommunen', () => {
  it('are 18 with unique keys, names and a known Kommune type', () => {
    expect(modellKommunen).toHaveLength(18);
    expect(duplicates(modellKommunen.map((k) => k.key))).toEqual([]);
    expect(duplicates(modellKommunen.map((k) => k.name))).toEqual([]);
    for (const k of modellKommunen) {
      expect(kommuneArten, k.key).toContain(k.art);
      expect(k.einwohner, k.key).toBeGreaterThan(0);
      if (k.ags !== undefined) expect(k.ags, k.key).toMatch(k.art === 'kreis' ? /^\d{5}$/ : /^\d{8}$/);
    }
  });

  it('have a Sozialindex profile of nine shares that sums to 1', () => {
    for (const k of modellKommunen) {
      expect(k.sozialindexProfil, k.key).toHaveLength(9);
      for (const share of k.sozialindexProfil) expect(share, k.key).toBeGreaterThanOrEqual(0);
      const sum = k.sozialindexProfil.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 1), k.key).toBeLessThan(1e-9);
    }
  });
});

describe('Praxisbeispiele', () => {
  it('are about 60 with unique ids and titles', () => {
    expect(praxisbeispiele.length).toBeGreaterThanOrEqual(55);
    expect(praxisbeispiele.length).toBeLessThanOrEqual(65);
    expect(duplicates(praxisbeispiele.map((p) => p.id))).toEqual([]);
    expect(duplicates(praxisbeispiele.map((p) => p.titel))).toEqual([]);
  });

  it('belong to existing municipalities, 2–5 each', () => {
    for (const p of praxisbeispiele) expect(kommuneKeys.has(p.kommune), p.id).toBe(true);
    for (const key of kommuneKeys) {
      const count = praxisbeispiele.filter((p) => p.kommune === key).length;
      expect(count, key).toBeGreaterThanOrEqual(2);
      expect(count, key).toBeLessThanOrEqual(5);
    }
  });

  it('use valid, non-repeated Handlungsfelder and Altersphasen', () => {
    for (const p of praxisbeispiele) {
      expect(p.handlungsfelder.length, p.id).toBeGreaterThan(0);
      expect(p.altersphasen.length, p.id).toBeGreaterThan(0);
      for (const f of p.handlungsfelder) expect(fieldCodes.has(f), `${p.id} ${f}`).toBe(true);
      for (const a of p.altersphasen) expect(phaseCodes.has(a), `${p.id} ${a}`).toBe(true);
      expect(duplicates(p.handlungsfelder), p.id).toEqual([]);
      expect(duplicates(p.altersphasen), p.id).toEqual([]);
    }
  });

  it('cover every Handlungsfeld and every Altersphase', () => {
    const fields = new Set(praxisbeispiele.flatMap((p) => p.handlungsfelder));
    const phases = new Set(praxisbeispiele.flatMap((p) => p.altersphasen));
    expect([...fieldCodes].filter((c) => !fields.has(c as never))).toEqual([]);
    expect([...phaseCodes].filter((c) => !phases.has(c as never))).toEqual([]);
  });

  it('are complete: description of 3–6 sentences, target groups, resources, contact, plausible year', () => {
    for (const p of praxisbeispiele) {
      const n = sentences(p.beschreibung).length;
      expect(n, p.id).toBeGreaterThanOrEqual(3);
      expect(n, p.id).toBeLessThanOrEqual(6);
      expect(p.zielgruppen.length, p.id).toBeGreaterThan(0);
      expect(p.ressourcen.personal && p.ressourcen.geld && p.ressourcen.raeume, p.id).toBeTruthy();
      expect(p.seit, p.id).toBeGreaterThanOrEqual(2000);
      expect(p.seit, p.id).toBeLessThanOrEqual(2025);
      expect(p.kontakt.name, p.id).toBeTruthy();
      expect(p.kontakt.funktion, p.id).toBeTruthy();
      expect(p.kontakt.email, p.id).toMatch(/^[a-z0-9.-]+@example\.org$/);
      for (const link of p.links) expect(link, p.id).toMatch(/^https:\/\/example\.org\//);
    }
  });

  it('have 3–6 context answers, each to an existing question, no question answered twice', () => {
    for (const p of praxisbeispiele) {
      expect(p.kontext.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.kontext.length, p.id).toBeLessThanOrEqual(6);
      for (const a of p.kontext) {
        expect(questionCodes.has(a.frage), `${p.id} ${a.frage}`).toBe(true);
        expect(a.antwort.trim().length, `${p.id} ${a.frage}`).toBeGreaterThan(10);
      }
      expect(duplicates(p.kontext.map((a) => a.frage)), p.id).toEqual([]);
    }
  });
});

describe('Demo-Lücken', () => {
  it('are at least 40 with unique ids, valid codes and every municipality represented', () => {
    expect(demoLuecken.length).toBeGreaterThanOrEqual(40);
    expect(duplicates(demoLuecken.map((g) => g.id))).toEqual([]);
    for (const g of demoLuecken) {
      expect(kommuneKeys.has(g.kommune), g.id).toBe(true);
      expect(fieldCodes.has(g.handlungsfeld), g.id).toBe(true);
      expect(phaseCodes.has(g.altersphase), g.id).toBe(true);
      expect(['hoch', 'mittel', 'niedrig'], g.id).toContain(g.prioritaet);
      expect(['offen', 'in-bearbeitung', 'geloest'], g.id).toContain(g.status);
      const n = sentences(g.beschreibung).length;
      expect(n, g.id).toBeGreaterThanOrEqual(1);
      expect(n, g.id).toBeLessThanOrEqual(3);
    }
    for (const key of kommuneKeys) expect(demoLuecken.some((g) => g.kommune === key), key).toBe(true);
  });

  it('include the four questions of the learning network meeting', () => {
    const text = demoLuecken.map((g) => g.beschreibung).join(' ');
    expect(text).toContain('Verantwortungsgemeinschaft zwischen Bildung und Kommune');
    expect(text).toContain('Förderschule');
    expect(text).toContain('alleinerziehende Mütter');
    expect(text).toContain('Einjährigen');
  });
});

describe('Demo-Lücken: development labels', () => {
  it('label every demo gap with 1–3 existing practices, never one of the gap’s own municipality', () => {
    expect(Object.keys(demoLueckenRelevant).sort()).toEqual(demoLuecken.map((g) => g.id).sort());
    for (const g of demoLuecken) {
      const relevant = demoLueckenRelevant[g.id] ?? [];
      expect(relevant.length, g.id).toBeGreaterThanOrEqual(1);
      expect(relevant.length, g.id).toBeLessThanOrEqual(3);
      expect(duplicates(relevant), g.id).toEqual([]);
      for (const id of relevant) {
        expect(practiceKommune.has(id), `${g.id} → ${id}`).toBe(true);
        expect(practiceKommune.get(id), `${g.id} → ${id}`).not.toBe(g.kommune);
      }
    }
  });
});

describe('Bewertete Lücken (evaluation set)', () => {
  it('are at least 45 with unique ids, valid codes and existing municipalities', () => {
    expect(bewerteteLuecken.length).toBeGreaterThanOrEqual(45);
    expect(duplicates(bewerteteLuecken.map((g) => g.id))).toEqual([]);
    for (const g of bewerteteLuecken) {
      expect(kommuneKeys.has(g.kommune), g.id).toBe(true);
      expect(g.handlungsfelder.length, g.id).toBeGreaterThan(0);
      expect(g.altersphasen.length, g.id).toBeGreaterThan(0);
      for (const f of g.handlungsfelder) expect(fieldCodes.has(f), `${g.id} ${f}`).toBe(true);
      for (const a of g.altersphasen) expect(phaseCodes.has(a), `${g.id} ${a}`).toBe(true);
    }
  });

  it('list 1–3 existing practices, never one of the gap’s own municipality', () => {
    for (const g of bewerteteLuecken) {
      expect(g.relevant.length, g.id).toBeGreaterThanOrEqual(1);
      expect(g.relevant.length, g.id).toBeLessThanOrEqual(3);
      expect(duplicates(g.relevant), g.id).toEqual([]);
      for (const id of g.relevant) {
        expect(practiceKommune.has(id), `${g.id} → ${id}`).toBe(true);
        expect(practiceKommune.get(id), `${g.id} → ${id}`).not.toBe(g.kommune);
      }
    }
  });

  it('do not copy the titles of the practices they should find', () => {
    const titles = new Map(praxisbeispiele.map((p) => [p.id, p.titel.toLowerCase()]));
    for (const g of bewerteteLuecken) {
      for (const id of g.relevant) expect(g.text.toLowerCase().includes(titles.get(id)!), `${g.id} → ${id}`).toBe(false);
    }
  });

  it('are written separately from the demo gaps', () => {
    const demo = new Set(demoLuecken.map((g) => g.beschreibung));
    for (const g of bewerteteLuecken) expect(demo.has(g.text), g.id).toBe(false);
  });
});
