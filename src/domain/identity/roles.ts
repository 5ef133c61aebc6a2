import { z } from 'zod';

/** Roles ordered from most to least powerful; the order decides who may grant what. */
export const roles = [
  'administration',
  'landeskoordination',
  'kommunalkoordination',
  'schulleitung',
  'fachkraft',
  'mitglied',
  'lesend',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  administration: 'Administration',
  landeskoordination: 'Landeskoordination',
  kommunalkoordination: 'Kommunalkoordination',
  schulleitung: 'Schulleitung',
  fachkraft: 'Fachkraft',
  mitglied: 'Mitglied',
  lesend: 'Lesend (Steuergruppe)',
};

/** Higher number = more power. */
export function roleRank(role: Role): number {
  return roles.length - roles.indexOf(role);
}

/** The platform root holds global administration; the others are the tenants of DESIGN.md. */
export const scopeTypes = ['plattform', 'land', 'kommune', 'schule', 'netzwerk'] as const;
export const scopeTypeSchema = z.enum(scopeTypes);
export type ScopeType = z.infer<typeof scopeTypeSchema>;

export const scopeTypeLabels: Record<ScopeType, string> = {
  plattform: 'Gesamte Plattform',
  land: 'Land',
  kommune: 'Kommune',
  schule: 'Schule',
  netzwerk: 'Netzwerk',
};

/** Which scope type may sit below which: a Netzwerk belongs to a Land or a Kommune. */
export const allowedParents: Record<ScopeType, readonly ScopeType[]> = {
  plattform: [],
  land: ['plattform'],
  kommune: ['land'],
  schule: ['kommune'],
  netzwerk: ['land', 'kommune'],
};
