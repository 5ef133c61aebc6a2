import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { AppInstance } from './http.js';

const NOT_BUILT = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Strang</title></head>
<body><main><h1>Die Weboberfläche ist noch nicht gebaut</h1><p>Bitte <code>npm run build:web</code> ausführen und Strang neu starten.</p></main></body></html>`;

/** Serves the built single-page app; unknown non-API paths get index.html so client routes work on reload. */
export async function registerWebAssets(app: AppInstance, webDir: string): Promise<void> {
  const indexFile = path.join(webDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) res.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.get('/', { schema: { hide: true } }, (_req, reply) => sendIndex(reply));

  function sendIndex(reply: FastifyReply) {
    reply.header('Cache-Control', 'no-cache');
    if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.type('text/html; charset=utf-8').send(fs.readFileSync(indexFile));
  }
  app.decorate('sendIndex', sendIndex);
}

declare module 'fastify' {
  interface FastifyInstance {
    sendIndex(reply: FastifyReply): FastifyReply;
  }
}
