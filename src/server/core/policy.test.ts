import { describe, expect, it } from 'vitest';
import { can, registeredActions, registerPermissions, scopesWhere, type Actor } from './policy.js';

const rules = {
  'test.read': { roles: ['kommunalkoordination', 'lesend'] },
  'test.write': { roles: ['kommunalkoordination'] },
  'test.own': { authenticated: true },
} as const;
registerPermissions(rules);

const LAND = '/root/land-a/';
const KOMMUNE = `${LAND}kommune-a/`;
const SCHULE = `${KOMMUNE}schule-1/`;
const FOREIGN = '/root/land-b/kommune-b/';

const actor = (memberships: Actor['memberships']): Actor => ({ id: 'u1', name: 'Test', memberships });
const coordinator = actor([{ role: 'kommunalkoordination', scopeId: 'kommune-a', scopePath: KOMMUNE }]);

describe('can', () => {
  it('denies without an actor', () => {
    expect(can(null, 'test.read', { scopePath: KOMMUNE })).toBe(false);
    expect(can(undefined, 'test.own', 'self')).toBe(false);
  });

  it('denies an action nobody registered', () => {
    expect(can(coordinator, 'test.unknown', { scopePath: KOMMUNE })).toBe(false);
    expect(can(coordinator, 'test.unknown', 'anywhere')).toBe(false);
    expect(can(coordinator, 'test.unknown', 'self')).toBe(false);
  });

  it('allows in the membership scope and everything below it', () => {
    expect(can(coordinator, 'test.write', { scopePath: KOMMUNE })).toBe(true);
    expect(can(coordinator, 'test.write', { scopePath: SCHULE })).toBe(true);
    expect(can(coordinator, 'test.write', 'anywhere')).toBe(true);
  });

  it('denies above the membership scope and in a foreign one', () => {
    expect(can(coordinator, 'test.write', { scopePath: LAND })).toBe(false);
    expect(can(coordinator, 'test.write', { scopePath: FOREIGN })).toBe(false);
    expect(can(coordinator, 'test.write', { scopePath: '' })).toBe(false);
  });

  it('does not mistake a sibling whose id starts the same for the subtree', () => {
    expect(can(coordinator, 'test.write', { scopePath: `${LAND}kommune-ab/` })).toBe(false);
  });

  it('denies roles the rule does not name', () => {
    const reader = actor([{ role: 'lesend', scopeId: 'kommune-a', scopePath: KOMMUNE }]);
    expect(can(reader, 'test.read', { scopePath: SCHULE })).toBe(true);
    expect(can(reader, 'test.write', { scopePath: SCHULE })).toBe(false);
    expect(can(actor([]), 'test.read', 'anywhere')).toBe(false);
  });

  it('allows "authenticated" rules only on the actor\'s own data', () => {
    expect(can(actor([]), 'test.own', 'self')).toBe(true);
    expect(can(coordinator, 'test.own', { scopePath: KOMMUNE })).toBe(false);
    expect(can(coordinator, 'test.own', 'anywhere')).toBe(false);
    expect(can(coordinator, 'test.write', 'self')).toBe(false);
  });
});

describe('scopesWhere', () => {
  it('returns the top-most scopes where the actor holds the action', () => {
    const many = actor([
      { role: 'kommunalkoordination', scopeId: 'kommune-a', scopePath: KOMMUNE },
      { role: 'kommunalkoordination', scopeId: 'schule-1', scopePath: SCHULE },
      { role: 'lesend', scopeId: 'kommune-b', scopePath: FOREIGN },
    ]);
    expect(scopesWhere(many, 'test.write')).toEqual([KOMMUNE]);
    expect(scopesWhere(many, 'test.read').sort()).toEqual([KOMMUNE, FOREIGN].sort());
    expect(scopesWhere(many, 'test.own')).toEqual([]);
    expect(scopesWhere(many, 'test.unknown')).toEqual([]);
  });
});

describe('registerPermissions', () => {
  it('lists registered actions and refuses a second, different rule for the same action', () => {
    expect(registeredActions()).toEqual(expect.arrayContaining(['test.own', 'test.read', 'test.write']));
    expect(() => registerPermissions(rules)).not.toThrow();
    expect(() => registerPermissions({ 'test.write': { roles: ['administration'] } })).toThrow(/registered twice/);
  });
});
