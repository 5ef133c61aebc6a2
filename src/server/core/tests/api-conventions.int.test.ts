import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

type Operation = { summary?: string; tags?: string[]; responses?: Record<string, unknown>; parameters?: { in: string; name: string; required?: boolean }[] };
type OpenApi = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components?: { securitySchemes?: Record<string, unknown> } };

describe('OpenAPI document', () => {
  let doc: OpenApi;
  beforeAll(async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    doc = res.json();
  });

  it('is an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'Strang API', version: expect.any(String) });
    expect(typeof doc.paths).toBe('object');
    expect(doc.components?.securitySchemes).toHaveProperty('session');
    const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith('/')).toBe(true);
      for (const [method, op] of Object.entries(item)) {
        expect(methods.has(method), `${method} ${path}`).toBe(true);
        expect(Object.keys(op.responses ?? {}).length, `${method} ${path} has responses`).toBeGreaterThan(0);
        for (const code of Object.keys(op.responses!)) expect(code).toMatch(/^([1-5]\d\d|default)$/);
        // Every {placeholder} is declared as a required path parameter.
        for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
          expect(op.parameters?.find((p) => p.in === 'path' && p.name === name), `${method} ${path} declares {${name}}`).toMatchObject({ required: true });
        }
      }
    }
  });

  it('lists every API route with a summary and a tag', () => {
    const routes = t.app.apiRoutes.filter((r) => r.url !== '/api/openapi.json');
    expect(routes.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const r of routes) {
      const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
      if (!op) missing.push(`${r.method} ${r.url}`);
      else {
        expect(op.summary, `${r.method} ${r.url}`).toBeTruthy();
        expect(op.tags?.length, `${r.method} ${r.url}`).toBeGreaterThan(0);
      }
    }
    expect(missing, 'routes missing from the OpenAPI document').toEqual([]);
  });

  it('does not list itself', () => {
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });
});

describe('API documentation page', () => {
  it('serves the documentation as HTML with its scripts from our own origin', async () => {
    const res = await get('/api/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toMatch(/swagger-ui/i);
    const scripts = [...res.body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    for (const src of scripts) {
      expect(src.startsWith('/')).toBe(true);
      expect((await get(src)).statusCode, src).toBe(200);
    }
  });
});

describe('health check', () => {
  it('answers 200 with status ok and the database kind', async () => {
    const res = await get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });
});

describe('security headers', () => {
  function expectSecurityHeaders(res: LightMyRequestResponse, label: string) {
    const csp = String(res.headers['content-security-policy']);
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]),
    );
    expect(csp, label).not.toContain('unsafe-inline');
    expect(csp, label).not.toContain('unsafe-eval');
    expect(directives['default-src'], label).toEqual(["'self'"]);
    expect(directives['script-src'], label).toEqual(["'self'"]);
    expect(directives['frame-ancestors'], label).toEqual(["'none'"]);
    expect(directives['object-src'], label).toEqual(["'none'"]);
    // No third-party host anywhere in the policy.
    expect(csp, label).not.toMatch(/https?:|\*/);
    expect(res.headers['x-content-type-options'], label).toBe('nosniff');
    expect(res.headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options'], label).toBe('DENY');
    expect(res.headers['strict-transport-security'], label).toMatch(/max-age=\d+/);
    expect(res.headers['x-powered-by'], label).toBeUndefined();
  }

  it.each([
    ['an API answer', '/api/setup/status'],
    ['an API error', '/api/gibt-es-nicht'],
    ['a refused API call', '/api/users'],
    ['the web app', '/'],
    ['a client-side route of the web app', '/einrichtung'],
    ['the API documentation', '/api/docs'],
    ['the health check', '/healthz'],
  ])('are set on %s', async (label, url) => {
    expectSecurityHeaders(await get(url), label);
  });

  it('keeps API answers out of caches and tags them with a request id', async () => {
    const res = await get('/api/setup/status');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,64}$/);
    expect((await get('/api/setup/status', { 'x-request-id': 'proxy-request-1234' })).headers['x-request-id']).toBe('proxy-request-1234');
    const forged = await get('/api/setup/status', { 'x-request-id': 'bad id <script>' });
    expect(forged.headers['x-request-id']).not.toContain('<');
  });
});
