import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts with sensible defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      STRANG_DATA_DIR: './.strang',
      LOG_LEVEL: 'info',
      TRUST_PROXY: false,
      SESSION_TTL_HOURS: 12,
      INVITATION_TTL_HOURS: 168,
      RESET_TTL_HOURS: 24,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_WINDOW_MINUTES: 15,
      SMTP_FROM: 'Strang <noreply@localhost>',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.PUBLIC_URL).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('.strang'));
    expect(config.webDir).toBe(path.resolve('dist/web'));
  });

  it('reads and converts what is set, treating empty values as unset and ignoring other variables', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://strang@db:5432/strang',
      SMTP_URL: 'smtps://user:pw@mail.example.org:465',
      TRUST_PROXY: 'yes',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://strang.example.org',
      SESSION_TTL_HOURS: '',
      STRANG_DATA_DIR: '/var/lib/strang',
      HOME: '/root',
    });
    expect(config).toMatchObject({ PORT: 8080, TRUST_PROXY: true, LOG_LEVEL: 'warn', SESSION_TTL_HOURS: 12, dataDir: '/var/lib/strang' });
    expect(config.DATABASE_URL).toBe('postgresql://strang@db:5432/strang');
    expect(config).not.toHaveProperty('HOME');
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
  });

  it('lists every wrong variable at once, each in German and English', () => {
    const problems = problemsOf({ PORT: 'abc', DATABASE_URL: 'mysql://db/strang', SMTP_URL: 'http://mail.example.org', HOST: 'localhost' });
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT='))).toBe('PORT="abc": muss eine Zahl sein / must be a number');
    expect(problems.find((p) => p.startsWith('DATABASE_URL='))).toBe('DATABASE_URL="mysql://db/strang": muss mit postgres:// beginnen / must start with postgres://');
    expect(problems.find((p) => p.startsWith('SMTP_URL='))).toBe('SMTP_URL="http://mail.example.org": muss mit smtp:// oder smtps:// beginnen / must start with smtp:// or smtps://');
  });

  it.each([
    ['PORT', '70000', 'muss zwischen 0 und 65535 liegen / must be between 0 and 65535'],
    ['PORT', '-1', 'muss zwischen 0 und 65535 liegen / must be between 0 and 65535'],
    ['PORT', '80.5', 'muss eine ganze Zahl sein / must be a whole number'],
    ['SESSION_TTL_HOURS', '0', 'muss zwischen 1 und 2160 liegen / must be between 1 and 2160'],
    ['LOGIN_MAX_FAILURES', 'viele', 'muss eine Zahl sein / must be a number'],
    ['TRUST_PROXY', 'vielleicht', 'muss true oder false sein / must be true or false'],
    ['PUBLIC_URL', 'strang.example.org', 'muss eine vollständige URL sein / must be a full URL'],
    ['LOG_LEVEL', 'laut', 'muss einer der Werte fatal, error, warn, info, debug, trace, silent sein / must be one of fatal, error, warn, info, debug, trace, silent'],
  ])('explains what is wrong with %s=%s', (key, value, message) => {
    expect(problemsOf({ [key]: value })).toEqual([`${key}=${JSON.stringify(value)}: ${message}`]);
  });

  it('says in both languages that Strang cannot start, one line per problem', () => {
    try {
      loadConfig({ PORT: 'abc', SMTP_URL: 'mail' });
      expect.unreachable();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/^Strang kann nicht starten.*Strang cannot start/);
      expect(message.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(2);
      expect((err as Error).name).toBe('ConfigError');
    }
  });
});
