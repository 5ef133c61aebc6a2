import { z } from 'zod';
import { roleSchema, scopeTypeSchema } from './roles.js';
import { versionSchema } from '../shared/version.js';

// Shapes shared by API routes and the web client. Messages are German; they name the field.

export const emailSchema = z
  .string({ error: 'Bitte eine E-Mail-Adresse angeben.' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).' })
  .pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' }));

export const passwordSchema = z
  .string({ error: 'Bitte ein Passwort angeben.' })
  .min(10, { error: 'Das Passwort muss mindestens 10 Zeichen lang sein.' })
  .max(200, { error: 'Das Passwort darf höchstens 200 Zeichen lang sein.' });

export const personNameSchema = z
  .string({ error: 'Bitte einen Namen angeben.' })
  .trim()
  .min(2, { error: 'Der Name muss mindestens 2 Zeichen lang sein.' })
  .max(120, { error: 'Der Name darf höchstens 120 Zeichen lang sein.' });

export const localeSchema = z.enum(['de', 'en'], { error: 'Sprache muss „de“ oder „en“ sein.' });
export const idSchema = z.uuid({ error: 'Ungültige Kennung.' });

export const loginBody = z.strictObject({
  email: z.string({ error: 'Bitte eine E-Mail-Adresse angeben.' }).trim().toLowerCase().max(254, { error: 'Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).' }),
  password: z.string({ error: 'Bitte ein Passwort angeben.' }).max(200, { error: 'Das Passwort darf höchstens 200 Zeichen lang sein.' }),
});

export const setupBody = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const scopeSchema = z.object({
  id: idSchema,
  type: scopeTypeSchema,
  name: z.string(),
  code: z.string().nullable(),
  parentId: idSchema.nullable(),
  path: z.string(),
});
export type Scope = z.infer<typeof scopeSchema>;

export const membershipSchema = z.object({
  id: idSchema,
  role: roleSchema,
  scope: scopeSchema,
});
export type Membership = z.infer<typeof membershipSchema>;

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
  active: z.boolean(),
  /** Invited but the invitation was not accepted yet (no password set). */
  invited: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  lastLoginAt: z.iso.datetime().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const userWithMembershipsSchema = userSchema.extend({
  memberships: z.array(membershipSchema),
});
export type UserWithMemberships = z.infer<typeof userWithMembershipsSchema>;

export const sessionInfoSchema = z.object({
  user: userWithMembershipsSchema,
  csrfToken: z.string(),
  /** Actions this user may take somewhere; the web uses it to show or hide navigation. */
  abilities: z.array(z.string()),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const updateProfileBody = z.strictObject({
  name: personNameSchema,
  locale: localeSchema,
  version: versionSchema,
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string({ error: 'Bitte das bisherige Passwort angeben.' }).max(200, { error: 'Das Passwort darf höchstens 200 Zeichen lang sein.' }),
  newPassword: passwordSchema,
});

export const inviteBody = z.strictObject({
  email: emailSchema,
  name: personNameSchema,
  scopeId: idSchema,
  role: roleSchema,
});

export const oneTimeLinkSchema = z.object({
  link: z.string(),
  expiresAt: z.iso.datetime(),
  emailed: z.boolean(),
});

export const invitationInfoSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  scopeName: z.string(),
  expiresAt: z.iso.datetime(),
});

export const acceptInvitationBody = z.strictObject({
  name: personNameSchema,
  password: passwordSchema,
});

export const resetPasswordBody = z.strictObject({ password: passwordSchema });

export const grantMembershipBody = z.strictObject({ scopeId: idSchema, role: roleSchema });

export const createScopeBody = z.strictObject({
  type: scopeTypeSchema.exclude(['plattform']),
  name: z.string({ error: 'Bitte einen Namen angeben.' }).trim().min(2, { error: 'Der Name muss mindestens 2 Zeichen lang sein.' }).max(200, { error: 'Der Name darf höchstens 200 Zeichen lang sein.' }),
  code: z.string().trim().max(40, { error: 'Die Kennziffer darf höchstens 40 Zeichen lang sein.' }).nullable().optional(),
  parentId: idSchema,
});

export const pageQuery = z.strictObject({
  page: z.coerce.number({ error: 'Seite muss eine Zahl sein.' }).int({ error: 'Seite muss eine ganze Zahl sein.' }).min(1, { error: 'Seite muss mindestens 1 sein.' }).default(1),
  pageSize: z.coerce.number({ error: 'Seitengröße muss eine Zahl sein.' }).int({ error: 'Seitengröße muss eine ganze Zahl sein.' }).min(1, { error: 'Seitengröße mindestens 1.' }).max(200, { error: 'Seitengröße höchstens 200.' }).default(25),
});

export const userListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  scopeId: idSchema.optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  scopeId: idSchema.nullable(),
  scopeName: z.string().nullable(),
  requestId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuery = pageQuery.extend({
  entityType: z.string().max(60).optional(),
  actorId: idSchema.optional(),
});
