import { z } from 'zod';

/** The version a client last saw; a stale one makes the server answer 409. */
export const versionSchema = z
  .number({ error: (issue) => (issue.input === undefined ? 'Versionsangabe fehlt.' : 'Die Versionsangabe muss eine ganze Zahl sein.') })
  .int({ error: 'Die Versionsangabe muss eine ganze Zahl sein.' });

/** The body of an action that only needs the version the client saw (archive, restore, delete). */
export const versionBody = z.strictObject({ version: versionSchema });
