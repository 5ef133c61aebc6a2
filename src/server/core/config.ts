import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'muss true oder false sein / must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A whole number in a range, with a message that says what is wrong with it. */
const wholeNumber = (min: number, max: number) => {
  const range = { error: `muss zwischen ${min} und ${max} liegen / must be between ${min} and ${max}` };
  return z.coerce
    .number({ error: 'muss eine Zahl sein / must be a number' })
    .int({ error: 'muss eine ganze Zahl sein / must be a whole number' })
    .min(min, range)
    .max(max, range);
};

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every environment variable Strang reads; README lists the same set. */
export const configSchema = z.object({
  PORT: wholeNumber(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'muss mit postgres:// beginnen / must start with postgres://' })
    .optional(),
  STRANG_DATA_DIR: z.string().min(1).default('./.strang'),
  PUBLIC_URL: z.url({ error: 'muss eine vollständige URL sein / must be a full URL' }).optional(),
  LOG_LEVEL: z.enum(logLevels, { error: `muss einer der Werte ${logLevels.join(', ')} sein / must be one of ${logLevels.join(', ')}` }).default('info'),
  TRUST_PROXY: bool.default(false),
  SESSION_TTL_HOURS: wholeNumber(1, 24 * 90).default(12),
  INVITATION_TTL_HOURS: wholeNumber(1, 24 * 60).default(24 * 7),
  RESET_TTL_HOURS: wholeNumber(1, 24 * 7).default(24),
  LOGIN_MAX_FAILURES: wholeNumber(1, 1000).default(5),
  LOGIN_WINDOW_MINUTES: wholeNumber(1, 1440).default(15),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'muss mit smtp:// oder smtps:// beginnen / must start with smtp:// or smtps://' })
    .optional(),
  SMTP_FROM: z.string().min(3).default('Strang <noreply@localhost>'),
  STRANG_WEB_DIR: z.string().min(1).default('./dist/web'),
});

export type Config = z.infer<typeof configSchema> & { dataDir: string; webDir: string };

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      'Strang kann nicht starten, die Konfiguration ist fehlerhaft / Strang cannot start, the configuration is invalid:\n' +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Parse once at start; fails with one readable line per wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '?');
        return `${key}=${JSON.stringify(env[key] ?? '')}: ${issue.message}`;
      }),
    );
  }
  return {
    ...parsed.data,
    dataDir: path.resolve(parsed.data.STRANG_DATA_DIR),
    webDir: path.resolve(parsed.data.STRANG_WEB_DIR),
  };
}
