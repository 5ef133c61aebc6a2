import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db.js';

// These tests are about the embedded database and the process around it.
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../bin/strang.js');
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-lifecycle-'));
  dirs.push(dir);
  return dir;
}

function start(args: string[], env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env };
  delete childEnv.DATABASE_URL;
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, [cli, ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (out.stdout += String(d)));
  child.stderr!.on('data', (d) => (out.stderr += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, out, exited };
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms))]);
}

async function waitFor(check: () => RegExpMatchArray | null, ms: number, what: string): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const m = check();
    if (m) return m;
    if (Date.now() > until) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('process lifecycle with the embedded database', () => {
  it('refuses a second process on a data directory that is in use', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const held = await openDatabase({ dataDir: dir });
    try {
      const { out, exited } = start(['migrate'], { STRANG_DATA_DIR: dir });
      const { code } = await within(exited, 45_000, 'strang migrate');
      expect(code, out.stderr).not.toBe(0);
      expect(out.stderr).toContain('wird bereits von einem anderen Strang-Prozess verwendet');
      expect(out.stderr).toContain('is in use by another Strang process');
      expect(out.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await held.close();
    }
  });

  it('serves on the port it prints, stops on SIGTERM with exit 0 within 10 s and releases the data directory', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const { child, out, exited } = start(['serve'], { STRANG_DATA_DIR: dir, PORT: '0' });
    const [, printed] = await waitFor(() => out.stdout.match(/Strang läuft auf (http:\/\/\S+)/), 60_000, `the start message (stderr: ${out.stderr})`);
    const url = new URL(printed!);
    expect(Number(url.port)).toBeGreaterThan(0);
    url.hostname = '127.0.0.1';

    const health = await fetch(new URL('/healthz', url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
    expect((await fetch(new URL('/api/setup/status', url))).status).toBe(200);

    // While it runs, the directory is taken.
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/wird bereits von einem anderen Strang-Prozess verwendet/);

    const stoppingAt = Date.now();
    child.kill('SIGTERM');
    const { code, signal } = await within(exited, 10_000, 'shutting down after SIGTERM');
    expect({ code, signal }, out.stderr).toEqual({ code: 0, signal: null });
    expect(Date.now() - stoppingAt).toBeLessThan(10_000);
    expect(out.stdout).toContain('SIGTERM empfangen');

    const reopened = await openDatabase({ dataDir: dir });
    try {
      const res = await reopened.db.execute('select count(*)::int as n from scopes' as never);
      expect((res as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
    } finally {
      await reopened.close();
    }
  });

  it('exits 1 on wrong settings, naming each variable in German and English', { timeout: 60_000 }, async () => {
    const { out, exited } = start(['serve'], { STRANG_DATA_DIR: tempDir(), PORT: 'abc', SMTP_URL: 'mail.example.org' });
    const { code } = await within(exited, 45_000, 'strang serve with wrong settings');
    expect(code).toBe(1);
    expect(out.stderr).toContain('Strang kann nicht starten');
    expect(out.stderr).toContain('Strang cannot start');
    expect(out.stderr).toContain('PORT="abc": muss eine Zahl sein / must be a number');
    expect(out.stderr).toContain('SMTP_URL="mail.example.org": muss mit smtp:// oder smtps:// beginnen');
    expect(out.stdout).not.toContain('Strang läuft');
  });
});
