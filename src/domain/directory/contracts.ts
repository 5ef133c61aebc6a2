import { z } from 'zod';
import { idSchema, pageQuery } from '../identity/contracts.js';
import { kommuneArtSchema } from './vocabulary.js';
import { versionSchema } from '../shared/version.js';

export const kommuneSchema = z.object({
  id: idSchema,
  ags: z.string(),
  name: z.string(),
  art: kommuneArtSchema,
  schulen: z.number().int(),
});
export type Kommune = z.infer<typeof kommuneSchema>;

export const sozialraumSchema = z.object({
  id: idSchema,
  kommuneId: idSchema,
  name: z.string(),
  beschreibung: z.string().nullable(),
  version: z.number().int(),
  schulen: z.number().int(),
});
export type Sozialraum = z.infer<typeof sozialraumSchema>;

export const schuleSchema = z.object({
  id: idSchema,
  schulnummer: z.string(),
  name: z.string(),
  zusatz: z.string().nullable(),
  schulform: z.string(),
  kommuneId: idSchema,
  kommuneName: z.string(),
  sozialraumId: idSchema.nullable(),
  sozialraumName: z.string().nullable(),
  strasse: z.string().nullable(),
  plz: z.string().nullable(),
  ort: z.string().nullable(),
  rechtsstatus: z.enum(['oeffentlich', 'privat']),
  schueler: z.number().int().nullable(),
  sozialindex: z.number().int().min(1).max(9).nullable(),
  startchancen: z.boolean(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  schuljahr: z.string(),
  version: z.number().int(),
});
export type Schule = z.infer<typeof schuleSchema>;

const csv = z
  .string()
  .max(2000)
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
const bool = z.enum(['true', 'false'], { error: 'muss true oder false sein' }).transform((v) => v === 'true');
const index = z.coerce.number({ error: 'Sozialindex muss eine Zahl sein.' }).int({ error: 'Sozialindex muss eine ganze Zahl sein.' }).min(1, { error: 'Sozialindex mindestens 1.' }).max(9, { error: 'Sozialindex höchstens 9.' });

export const schoolSorts = ['name', 'schulnummer', 'schulform', 'schueler', 'sozialindex', 'kommune'] as const;

export const schoolListQuery = pageQuery
  .extend({
    // Checked as a whole, so an error names the parameter (kommuneId), not a position in it.
    kommuneId: csv.refine((ids) => ids.every((id) => idSchema.safeParse(id).success), { error: 'Ungültige Kennung.' }).optional(),
    schulform: csv.optional(),
    sozialindexMin: index.optional(),
    sozialindexMax: index.optional(),
    ohneSozialindex: bool.optional(),
    startchancen: bool.optional(),
    sozialraumId: idSchema.optional(),
    q: z.string().trim().max(100, { error: 'Suchbegriff höchstens 100 Zeichen.' }).optional(),
    sort: z.enum(schoolSorts, { error: `Sortierung muss eine von ${schoolSorts.join(', ')} sein.` }).default('name'),
    direction: z.enum(['asc', 'desc'], { error: 'Richtung muss asc oder desc sein.' }).default('asc'),
  })
  .refine((q) => q.sozialindexMin === undefined || q.sozialindexMax === undefined || q.sozialindexMin <= q.sozialindexMax, {
    error: 'Der kleinste Sozialindex darf nicht größer als der größte sein.',
    path: ['sozialindexMin'],
  });

export const schoolListSchema = z.object({
  items: z.array(schuleSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  attribution: z.string(),
});

export const sozialraumBody = z.strictObject({
  name: z.string({ error: 'Bitte einen Namen angeben.' }).trim().min(2, { error: 'Der Name muss mindestens 2 Zeichen lang sein.' }).max(120, { error: 'Der Name darf höchstens 120 Zeichen lang sein.' }),
  beschreibung: z.string().trim().max(2000, { error: 'Die Beschreibung darf höchstens 2.000 Zeichen lang sein.' }).nullable().optional(),
});

export const sozialraumUpdateBody = sozialraumBody.extend({ version: versionSchema });

export const assignSozialraumBody = z.strictObject({
  sozialraumId: idSchema.nullable(),
  version: versionSchema,
});

export const kommuneDetailSchema = kommuneSchema.extend({
  sozialraeume: z.array(sozialraumSchema),
  schueler: z.number().int(),
  mitSozialindex: z.number().int(),
  startchancenSchulen: z.number().int(),
  attribution: z.string(),
});
