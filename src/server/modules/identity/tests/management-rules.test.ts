import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../domain/identity/roles.js';
import { registerPermissions, type Actor } from '../../../core/policy.js';
import { identityPermissions } from '../identity.permissions.js';
import { mayGrant, mayManageUser, maySeeUser, rankAt } from '../management-rules.js';

registerPermissions(identityPermissions);

const ROOT = '/root/';
const LAND_A = `${ROOT}land-a/`;
const KOMMUNE_A = `${LAND_A}kommune-a/`;
const SCHULE_A = `${KOMMUNE_A}schule-a/`;
const KOMMUNE_B = `${ROOT}land-b/kommune-b/`;

const actor = (...ms: [Role, string][]): Actor => ({ id: 'actor', name: 'Handelnde Person', memberships: ms.map(([role, scopePath]) => ({ role, scopeId: scopePath, scopePath })) });
const admin = actor(['administration', ROOT]);
const land = actor(['landeskoordination', LAND_A]);
const kommune = actor(['kommunalkoordination', KOMMUNE_A]);
const schulleitung = actor(['schulleitung', SCHULE_A]);
const target = (id: string, ...ms: [Role, string][]) => ({ id, memberships: ms.map(([role, path]) => ({ role, scope: { path } })) });

describe('mayGrant', () => {
  it('does not let a Kommunalkoordination grant administration or landeskoordination', () => {
    expect(mayGrant(kommune, KOMMUNE_A, 'administration')).toBe(false);
    expect(mayGrant(kommune, KOMMUNE_A, 'landeskoordination')).toBe(false);
    expect(mayGrant(kommune, SCHULE_A, 'landeskoordination')).toBe(false);
  });

  it('lets a Kommunalkoordination grant schulleitung and everything up to their own level in their Kommune', () => {
    expect(mayGrant(kommune, SCHULE_A, 'schulleitung')).toBe(true);
    for (const role of ['kommunalkoordination', 'schulleitung', 'fachkraft', 'mitglied', 'lesend'] as const) expect(mayGrant(kommune, KOMMUNE_A, role)).toBe(true);
  });

  it('does not let a Kommunalkoordination grant anything in a foreign Kommune or above', () => {
    expect(mayGrant(kommune, KOMMUNE_B, 'lesend')).toBe(false);
    expect(mayGrant(kommune, LAND_A, 'lesend')).toBe(false);
  });

  it('lets only an administration grant administration', () => {
    expect(mayGrant(admin, ROOT, 'administration')).toBe(true);
    expect(mayGrant(admin, KOMMUNE_B, 'administration')).toBe(true);
    expect(mayGrant(land, KOMMUNE_A, 'administration')).toBe(false);
    expect(mayGrant(land, KOMMUNE_A, 'landeskoordination')).toBe(true);
  });

  it('gives people without a coordinating role nothing to grant', () => {
    expect(mayGrant(schulleitung, SCHULE_A, 'lesend')).toBe(false);
  });

  it('uses the highest role that covers the scope', () => {
    const both = actor(['lesend', LAND_A], ['kommunalkoordination', KOMMUNE_A]);
    expect(rankAt(both, SCHULE_A)).toBe(5);
    expect(rankAt(both, LAND_A)).toBe(1);
    expect(rankAt(both, KOMMUNE_B)).toBe(0);
    expect(mayGrant(both, LAND_A, 'lesend')).toBe(false);
  });
});

describe('mayManageUser and maySeeUser', () => {
  const inA = target('t1', ['fachkraft', SCHULE_A]);
  const inAandB = target('t2', ['lesend', KOMMUNE_A], ['lesend', KOMMUNE_B]);
  const higher = target('t3', ['landeskoordination', KOMMUNE_A]);
  const nowhere = target('t4');

  it('needs every place of the person covered to manage them, one shared place to see them', () => {
    expect(mayManageUser(kommune, inA, ROOT)).toBe(true);
    expect(maySeeUser(kommune, inAandB, ROOT)).toBe(true);
    expect(mayManageUser(kommune, inAandB, ROOT)).toBe(false);
    expect(mayManageUser(admin, inAandB, ROOT)).toBe(true);
  });

  it('does not let anyone manage a person with a higher role', () => {
    expect(maySeeUser(kommune, higher, ROOT)).toBe(true);
    expect(mayManageUser(kommune, higher, ROOT)).toBe(false);
  });

  it('leaves people without any role to the platform administration', () => {
    expect(maySeeUser(kommune, nowhere, ROOT)).toBe(false);
    expect(mayManageUser(kommune, nowhere, ROOT)).toBe(false);
    expect(maySeeUser(admin, nowhere, ROOT)).toBe(true);
    expect(mayManageUser(admin, nowhere, ROOT)).toBe(true);
  });

  it('always lets people see themselves', () => {
    expect(maySeeUser(schulleitung, target('actor', ['schulleitung', SCHULE_A]), ROOT)).toBe(true);
    expect(maySeeUser(schulleitung, inA, ROOT)).toBe(false);
  });
});
