import { z } from 'zod';
import {
  acceptInvitationBody,
  changePasswordBody,
  createScopeBody,
  grantMembershipBody,
  idSchema,
  invitationInfoSchema,
  inviteBody,
  loginBody,
  membershipSchema,
  oneTimeLinkSchema,
  pageOf,
  resetPasswordBody,
  scopeSchema,
  sessionInfoSchema,
  setupBody,
  updateProfileBody,
  userListQuery,
  userSchema,
  userWithMembershipsSchema,
} from '../../../domain/identity/contracts.js';
import { roleSchema } from '../../../domain/identity/roles.js';
import { clearSessionCookie, setSessionCookie } from '../../core/auth-plugin.js';
import type { AppInstance } from '../../core/http.js';
import { countUsers } from './identity.repository.js';
import { presentUser } from './identity.presenters.js';
import { acceptInvitation } from './use-cases/accept-invitation.js';
import { changePassword } from './use-cases/change-password.js';
import { createPasswordReset } from './use-cases/create-password-reset.js';
import { createScope } from './use-cases/create-scope.js';
import { getInvitation } from './use-cases/get-invitation.js';
import { getSessionInfo, presentSessionInfo } from './use-cases/get-session-info.js';
import { getUser } from './use-cases/get-user.js';
import { grantMembership } from './use-cases/grant-membership.js';
import { inviteUser } from './use-cases/invite-user.js';
import { listGrantableRoles } from './use-cases/list-grantable-roles.js';
import { listScopes } from './use-cases/list-scopes.js';
import { listUsers } from './use-cases/list-users.js';
import { login } from './use-cases/login.js';
import { logout } from './use-cases/logout.js';
import { getPasswordReset, resetPassword } from './use-cases/reset-password.js';
import { revokeMembership } from './use-cases/revoke-membership.js';
import { setupFirstAdmin } from './use-cases/setup-first-admin.js';
import { setUserActive } from './use-cases/set-user-active.js';
import { updateProfile } from './use-cases/update-profile.js';

const idParams = z.strictObject({ id: idSchema });
const tokenParams = z.strictObject({ token: z.string().min(10).max(100) });
const noContent = { 204: z.null().describe('Erfolgreich, ohne Inhalt') };

export function identityRoutes(app: AppInstance) {
  const tags = ['Konten und Rollen'];

  app.get('/api/setup/status', { schema: { tags, summary: 'Ist die Ersteinrichtung nötig?', response: { 200: z.object({ needsSetup: z.boolean() }) } } }, async (req) => ({
    needsSetup: (await countUsers(req.publicCtx().db)) === 0,
  }));

  app.post(
    '/api/setup',
    { config: { csrf: false }, schema: { tags, summary: 'Erste Administration anlegen (nur solange es kein Konto gibt)', body: setupBody, response: { 201: sessionInfoSchema } } },
    async (req, reply) => {
      const ctx = req.publicCtx();
      const { user, session } = await setupFirstAdmin(ctx, req.body);
      setSessionCookie(reply, req, session.token, ctx.config);
      return reply.code(201).send(await getSessionInfo(ctx.db, { user, csrfToken: session.csrfToken }));
    },
  );

  app.post(
    '/api/auth/login',
    { config: { csrf: false }, schema: { tags, summary: 'Anmelden mit E-Mail und Passwort', body: loginBody, response: { 200: sessionInfoSchema } } },
    async (req, reply) => {
      const ctx = req.publicCtx();
      const { user, session } = await login(ctx, { ...req.body, ip: req.ip, previousSessionId: req.auth?.session.id });
      setSessionCookie(reply, req, session.token, ctx.config);
      return getSessionInfo(ctx.db, { user, csrfToken: session.csrfToken });
    },
  );

  app.post('/api/auth/logout', { schema: { tags, summary: 'Abmelden (beendet die Sitzung serverseitig)', response: noContent } }, async (req, reply) => {
    const ctx = req.ctx();
    await logout(ctx, { sessionId: req.auth!.session.id, userId: ctx.actor.id });
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  app.get('/api/auth/session', { schema: { tags, summary: 'Aktuelle Sitzung', response: { 200: sessionInfoSchema } } }, async (req) => {
    req.ctx();
    const { user, loaded, session } = req.auth!;
    return presentSessionInfo(user, loaded, session.csrfToken);
  });

  app.patch('/api/me', { schema: { tags, summary: 'Eigenes Profil ändern', body: updateProfileBody, response: { 200: userSchema } } }, async (req) =>
    presentUser(await updateProfile(req.ctx(), req.body)),
  );

  app.post('/api/me/password', { schema: { tags, summary: 'Eigenes Passwort ändern', body: changePasswordBody, response: noContent } }, async (req, reply) => {
    await changePassword(req.ctx(), { ...req.body, currentSessionId: req.auth!.session.id });
    return reply.code(204).send(null);
  });

  app.get('/api/users', { schema: { tags, summary: 'Benutzer:innen im eigenen Zuständigkeitsbereich', querystring: userListQuery, response: { 200: pageOf(userWithMembershipsSchema) } } }, async (req) =>
    listUsers(req.ctx(), req.query),
  );

  app.get('/api/users/:id', { schema: { tags, summary: 'Eine Person mit ihren Rollen', params: idParams, response: { 200: userWithMembershipsSchema } } }, async (req) =>
    getUser(req.ctx(), { userId: req.params.id }),
  );

  app.post('/api/users/invitations', { schema: { tags, summary: 'Person einladen (Einmal-Link)', body: inviteBody, response: { 201: oneTimeLinkSchema.extend({ userId: idSchema }) } } }, async (req, reply) =>
    reply.code(201).send(await inviteUser(req.ctx(), req.body)),
  );

  app.post('/api/users/:id/memberships', { schema: { tags, summary: 'Rolle in einer Organisationseinheit vergeben', params: idParams, body: grantMembershipBody, response: { 201: membershipSchema } } }, async (req, reply) =>
    reply.code(201).send(await grantMembership(req.ctx(), { userId: req.params.id, ...req.body })),
  );

  app.delete('/api/memberships/:id', { schema: { tags, summary: 'Rolle entziehen', params: idParams, response: noContent } }, async (req, reply) => {
    await revokeMembership(req.ctx(), { membershipId: req.params.id });
    return reply.code(204).send(null);
  });

  app.post('/api/users/:id/deactivate', { schema: { tags, summary: 'Konto deaktivieren', params: idParams, response: { 200: userWithMembershipsSchema } } }, async (req) =>
    setUserActive(req.ctx(), { userId: req.params.id, active: false }),
  );

  app.post('/api/users/:id/reactivate', { schema: { tags, summary: 'Konto wieder aktivieren', params: idParams, response: { 200: userWithMembershipsSchema } } }, async (req) =>
    setUserActive(req.ctx(), { userId: req.params.id, active: true }),
  );

  app.post('/api/users/:id/password-reset', { schema: { tags, summary: 'Einmal-Link zum Zurücksetzen des Passworts erzeugen', params: idParams, response: { 201: oneTimeLinkSchema } } }, async (req, reply) =>
    reply.code(201).send(await createPasswordReset(req.ctx(), { userId: req.params.id })),
  );

  app.get('/api/invitations/:token', { schema: { tags, summary: 'Einladung ansehen', params: tokenParams, response: { 200: invitationInfoSchema } } }, async (req) => {
    const { email, name, role, scopeName, expiresAt } = await getInvitation(req.publicCtx(), req.params);
    return { email, name, role, scopeName, expiresAt };
  });

  app.post(
    '/api/invitations/:token/accept',
    { config: { csrf: false }, schema: { tags, summary: 'Einladung annehmen und Passwort festlegen', params: tokenParams, body: acceptInvitationBody, response: { 200: sessionInfoSchema } } },
    async (req, reply) => {
      const ctx = req.publicCtx();
      const { user, session } = await acceptInvitation(ctx, { ...req.body, token: req.params.token });
      setSessionCookie(reply, req, session.token, ctx.config);
      return getSessionInfo(ctx.db, { user, csrfToken: session.csrfToken });
    },
  );

  app.get('/api/password-reset/:token', { schema: { tags, summary: 'Link zum Zurücksetzen prüfen', params: tokenParams, response: { 200: z.object({ email: z.string() }) } } }, async (req) => ({
    email: (await getPasswordReset(req.publicCtx(), req.params)).email,
  }));

  app.post(
    '/api/password-reset/:token',
    { config: { csrf: false }, schema: { tags, summary: 'Neues Passwort setzen', params: tokenParams, body: resetPasswordBody, response: noContent } },
    async (req, reply) => {
      await resetPassword(req.publicCtx(), { token: req.params.token, password: req.body.password });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/scopes',
    { schema: { tags, summary: 'Organisationseinheiten (zum Zuweisen oder alle eigenen)', querystring: z.strictObject({ purpose: z.enum(['manage', 'read']).default('manage') }), response: { 200: z.object({ items: z.array(scopeSchema) }) } } },
    async (req) => listScopes(req.ctx(), req.query),
  );

  app.post('/api/scopes', { schema: { tags, summary: 'Organisationseinheit anlegen', body: createScopeBody, response: { 201: scopeSchema } } }, async (req, reply) =>
    reply.code(201).send(await createScope(req.ctx(), req.body)),
  );

  app.get('/api/roles', { schema: { tags, summary: 'Rollen und ob man sie vergeben darf', response: { 200: z.object({ items: z.array(z.object({ role: roleSchema, label: z.string(), grantable: z.boolean() })) }) } } }, async (req) =>
    listGrantableRoles(req.ctx()),
  );
}
