import { writeAudit } from '../../../core/audit.js';
import type { Db } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import { hashPassword } from '../../../core/secrets.js';
import { emailSchema, passwordSchema, personNameSchema } from '../../../../domain/identity/contracts.js';
import { ensureRootScope, findUserByEmail, insertMembership, insertUser } from '../identity.repository.js';

/**
 * Command-line only (whoever runs it controls the server): creates a platform administrator,
 * or gives an existing account the administration role.
 */
export async function createAdmin(db: Db, input: { email: string; name: string; password: string }) {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) throw new AppError(400, 'validation_failed', `E-Mail: ${email.error.issues[0]!.message}`);
  const name = personNameSchema.safeParse(input.name);
  if (!name.success) throw new AppError(400, 'validation_failed', `Name: ${name.error.issues[0]!.message}`);
  const existing = await findUserByEmail(db, email.data);
  if (!existing) {
    const pw = passwordSchema.safeParse(input.password);
    if (!pw.success) throw new AppError(400, 'validation_failed', `Passwort: ${pw.error.issues[0]!.message}`);
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const root = await ensureRootScope(tx);
    const user = existing ?? (await insertUser(tx, { email: email.data, name: name.data, passwordHash }));
    const granted = await insertMembership(tx, { userId: user.id, scopeId: root.id, role: 'administration' });
    await writeAudit(tx, {
      actorId: null,
      action: existing ? 'cli.admin_granted' : 'cli.admin_created',
      entityType: 'user',
      entityId: user.id,
      scopeId: root.id,
      after: { id: user.id, role: 'administration' },
    });
    return { user, created: !existing, granted: Boolean(granted) };
  });
}
