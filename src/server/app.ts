import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type RawServerDefault } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { registerAuth } from './core/auth-plugin.js';
import type { Config } from './core/config.js';
import type { Database } from './core/db.js';
import { problem, registerErrorHandling } from './core/errors.js';
import type { AppInstance } from './core/http.js';
import { loggerOptions } from './core/logging.js';
import { createMailer } from './core/mailer.js';
import { registerPermissions } from './core/policy.js';
import { contentSecurityPolicy, registerSecurityHeaders } from './core/security-headers.js';
import { registerWebAssets } from './core/web-assets.js';
import { modules } from './modules/index.js';

z.config(z.locales.de());

export interface RouteEntry {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route, for the access matrix and the OpenAPI check. */
    apiRoutes: RouteEntry[];
  }
}

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Tests pass false to keep the output quiet. */
  logger?: boolean;
}

export async function buildApp({ config, database, logger = true }: BuildOptions): Promise<AppInstance> {
  const app = Fastify<RawServerDefault>({
    logger: logger ? (loggerOptions(config.LOG_LEVEL) as never) : false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only; plain text would otherwise reach validation and get a confusing 400.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('apiRoutes', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url });
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });

  registerErrorHandling(app);
  await registerSecurityHeaders(app);
  // Whole results of a Land (thousands of schools) are megabytes of JSON; gzip at a fast level
  // shrinks them about tenfold for a few milliseconds.
  await app.register(compress, { encodings: ['gzip'], threshold: 2048, zlibOptions: { level: 4 } });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Strang API', description: 'Arbeitsplattform kommunaler Bildungsnetzwerke', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'strang_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: () => contentSecurityPolicy,
    uiConfig: { docExpansion: 'list', validatorUrl: null },
  });

  const mailer = createMailer(config.SMTP_URL, config.SMTP_FROM, app.log);
  registerAuth(app, { database, config, mailer });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/healthz',
    { schema: { tags: ['Betrieb'], summary: 'Lebenszeichen inkl. Datenbank', response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) } } },
    async () => {
      await database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: database.kind };
    },
  );

  for (const m of modules) {
    registerPermissions(m.permissions);
    m.routes(app);
  }

  await registerWebAssets(app, config.webDir);
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0]!;
    if (pathname.startsWith('/api/') || pathname === '/api' || req.method !== 'GET' || /\.\w{1,8}$/.test(pathname)) {
      return reply
        .code(404)
        .type('application/problem+json')
        .send(problem(404, 'route_not_found', `Die Adresse ${req.method} ${pathname} gibt es nicht.`, req.id));
    }
    return app.sendIndex(reply);
  });

  return app;
}
