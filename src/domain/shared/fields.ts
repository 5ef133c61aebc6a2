import { z } from 'zod';
import { idSchema } from '../identity/contracts.js';

// Field shapes the contracts of several modules share. Messages are German and name the field.

/**
 * A required text, trimmed. `wanted` completes "Bitte … angeben." (accusative: "einen Namen"),
 * `subject` starts the length messages ("Der Name").
 */
export const requiredText = (min: number, max: number, wanted: string, subject: string) =>
  z
    .string({ error: `Bitte ${wanted} angeben.` })
    .trim()
    .min(min, { error: (issue) => (issue.input === '' ? `Bitte ${wanted} angeben.` : `${subject} muss mindestens ${min} Zeichen lang sein.`) })
    .max(max, { error: `${subject} darf höchstens ${max.toLocaleString('de-DE')} Zeichen lang sein.` });

/** An optional text, trimmed; missing, null and empty all become null. `label` starts the length message. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} darf höchstens ${max.toLocaleString('de-DE')} Zeichen lang sein.` })
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** A calendar day, "YYYY-MM-DD". */
export const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT angeben.' });

/** Something referred to by id and name: a person, a network, a site. */
export const refSchema = z.object({ id: idSchema, name: z.string() });

/** Lists without paging answer `{ items }` (paged lists: `pageOf` in the identity contracts). */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
