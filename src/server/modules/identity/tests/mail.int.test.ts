import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRootScope } from '../identity.repository.js';
import { buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { call, createTestApp, login, type TestApp } from '../../../testing/test-app.js';

/** A real SMTP server on loopback that keeps what it receives. */
interface Received {
  from: string;
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let received: Received[] = [];
let t: TestApp;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'Strang <strang@example.org>', PUBLIC_URL: 'https://strang.example.org' });
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Quoted-printable bodies fold long lines with "=\r\n" and encode umlauts; undo that for reading. */
const bodyOf = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe('e-mail through SMTP', () => {
  it('sends the invitation link to the invited person and says so', async () => {
    received = [];
    const root = await ensureRootScope(t.database.db);
    const admin = await buildUser(t.database.db, { role: 'administration', scopeId: root.id });
    const session = await login(t.app, admin.email, TEST_PASSWORD);
    const res = await call(t.app, session, 'POST', '/api/users/invitations', { email: 'neu@example.org', name: 'Nora Neu', scopeId: root.id, role: 'lesend' });
    expect(res.statusCode, res.body).toBe(201);
    const { link, emailed } = res.json() as { link: string; emailed: boolean };
    expect(emailed).toBe(true);
    expect(link).toMatch(/^https:\/\/strang\.example\.org\/einladung\/[\w-]{20,}$/);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['neu@example.org']);
    expect(received[0]!.from).toBe('strang@example.org');
    expect(bodyOf(received[0]!.raw)).toContain(link);
  });

  it('sends a password-reset link', async () => {
    received = [];
    const root = await ensureRootScope(t.database.db);
    const admin = await buildUser(t.database.db, { role: 'administration', scopeId: root.id });
    const target = await buildUser(t.database.db, { role: 'lesend' });
    const session = await login(t.app, admin.email, TEST_PASSWORD);
    const res = await call(t.app, session, 'POST', `/api/users/${target.id}/password-reset`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().emailed).toBe(true);
    expect(received.map((m) => m.to)).toEqual([[target.email]]);
    expect(bodyOf(received[0]!.raw)).toContain(res.json().link);
  });

  it('still hands out the link when the mail server refuses, and says it was not sent', async () => {
    const refusing = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      const root = await ensureRootScope(refusing.database.db);
      const admin = await buildUser(refusing.database.db, { role: 'administration', scopeId: root.id });
      const session = await login(refusing.app, admin.email, TEST_PASSWORD);
      const res = await call(refusing.app, session, 'POST', '/api/users/invitations', { email: 'zwei@example.org', name: 'Zora Zwei', scopeId: root.id, role: 'lesend' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().emailed).toBe(false);
      expect(res.json().link).toMatch(/\/einladung\//);
    } finally {
      await refusing.close();
    }
  });
});
