import { describe, expect, it } from 'vitest';
import { allowedParents, roleLabels, roleRank, roles, scopeTypeLabels, scopeTypes } from './roles.js';

describe('roles', () => {
  it('ranks from administration down to lesend', () => {
    const ranks = roles.map(roleRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(roles.length);
    expect(roleRank('lesend')).toBe(1);
  });

  it('has a German label for every role and scope type', () => {
    for (const role of roles) expect(roleLabels[role].length).toBeGreaterThan(3);
    for (const type of scopeTypes) expect(scopeTypeLabels[type].length).toBeGreaterThan(3);
  });

  it('builds the tenancy tree plattform › land › kommune › schule, netzwerk under land or kommune', () => {
    expect(allowedParents).toEqual({ plattform: [], land: ['plattform'], kommune: ['land'], schule: ['kommune'], netzwerk: ['land', 'kommune'] });
  });
});
