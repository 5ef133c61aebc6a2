import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, sanitizeUrl } from './logging.js';

describe('sanitizeUrl', () => {
  it.each([
    ['/api/invitations/AbC123-secret_token/accept', '/api/invitations/:token/accept'],
    ['/api/invitations/AbC123-secret_token', '/api/invitations/:token'],
    ['/api/password-reset/AbC123-secret_token', '/api/password-reset/:token'],
    ['/einladung/AbC123-secret_token', '/einladung/:token'],
    ['/passwort-zuruecksetzen/AbC123-secret_token', '/passwort-zuruecksetzen/:token'],
    ['/api/kalender/AbC123-secret_token.ics', '/api/kalender/:token'],
    ['/api/kalender-abos/5b1e0c1e-8d3f-4d0b-9a77-0d3c1d2e3f40', '/api/kalender-abos/5b1e0c1e-8d3f-4d0b-9a77-0d3c1d2e3f40'],
    ['/api/users?q=anna.schmidt@example.org&page=2', '/api/users?…'],
    ['/passwort-zuruecksetzen/geheim?next=/start', '/passwort-zuruecksetzen/:token?…'],
    ['/api/users/5b1e0c1e-8d3f-4d0b-9a77-0d3c1d2e3f40', '/api/users/5b1e0c1e-8d3f-4d0b-9a77-0d3c1d2e3f40'],
    ['/api/users?', '/api/users'],
    ['/', '/'],
  ])('%s → %s', (url, expected) => {
    expect(sanitizeUrl(url)).toBe(expected);
    expect(sanitizeUrl(url)).not.toMatch(/secret|geheim|@/);
  });
});

describe('loggerOptions', () => {
  it('logs neither tokens nor cookies nor search terms of a request', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino(loggerOptions('info') as pino.LoggerOptions, sink);
    log.info(
      {
        req: { method: 'POST', url: '/api/invitations/secret-token-123/accept?email=anna@example.org', headers: { cookie: 'strang_session=abc' } },
        res: { statusCode: 200, headers: { 'set-cookie': 'strang_session=def' } },
      },
      'request completed',
    );
    const out = lines.join('');
    expect(out).toContain('/api/invitations/:token/accept?…');
    expect(out).toContain('"statusCode":200');
    expect(out).not.toMatch(/secret-token|anna@|strang_session/);
  });
});
