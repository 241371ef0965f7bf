import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { LANGUAGES } from '../../common/domain.js';
import type { App } from './context.js';
import { requestLanguage } from './i18n.js';
import { sendProblem } from './problem.js';
import { createPageHtml } from './web-pages.js';

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
};

/** The Content-Security-Policy value helmet writes for these directives (and no defaults). */
function cspHeaderValue(directives: typeof CSP_DIRECTIVES): string {
  let value = '';
  const res = { setHeader: (_name: string, v: string) => (value = v) };
  helmet.contentSecurityPolicy({ useDefaults: false, directives })({} as never, res as never, (error?: unknown) => {
    if (error) throw error;
  });
  if (!value) throw new Error('no Content-Security-Policy');
  return value;
}

/**
 * The security headers on every answer, computed once: helmet's (v8 defaults, our CSP, no
 * Cross-Origin-Embedder-Policy, no referrer, HSTS for a year with subdomains). Registering
 * @fastify/helmet gave the same headers but built helmet's middleware and parsed the CSP again on
 * every request (about 5 % of an API request's CPU); health.test.ts checks they still match it.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', cspHeaderValue(CSP_DIRECTIVES)],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/** Cookies, security headers and CSP, rate limiting, OpenAPI and its docs page. */
export async function registerHttpPlugins(app: App, options: { rateLimit: boolean }) {
  await app.register(cookie);
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of SECURITY_HEADERS) reply.raw.setHeader(name, value);
    done();
  });
  await app.register(rateLimit, {
    global: false,
    enableDraftSpec: false,
    ...(options.rateLimit ? {} : { max: Number.MAX_SAFE_INTEGER }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Atrium API', version: '0.1.0', description: 'Atrium runs a Cité des Métiers / Beroepenpunt.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'atrium_session' },
          device: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  registerJsonCompression(app);
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * JSON answers of 1 KB or more go out brotli- or gzip-compressed when the client accepts it (lists such as the
 * agenda shrink to a fifth: it matters on a weak mobile network). Streams and files are left as they are, and so
 * are the answers to writes: compressing them broke the planning board's pins after a re-solve in the browser
 * journey (cause not found yet), and they are small.
 */
function registerJsonCompression(app: App) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || typeof payload !== 'string' || Buffer.byteLength(payload) < 1024) return payload;
    if (reply.hasHeader('content-encoding') || !/json/.test(String(reply.getHeader('content-type') ?? '')))
      return payload;
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
    if (!encoding) return payload;
    const body =
      encoding === 'br'
        ? await brotli(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : await gzipAsync(payload);
    reply.header('content-encoding', encoding).removeHeader('content-length');
    return body;
  });
}

/**
 * The built single-page apps, with history fallback to index.html for page addresses. Assets go out
 * precompressed (brotli or gzip, written by the build) and cached for good (their names carry a hash); the
 * portal's pages name their chunks, catalogues and first API call up front (see web-pages.ts).
 */
export async function registerWebApp(app: App) {
  const hasBuild = existsSync(path.join(webDistDir, 'index.html'));
  const pageHtml = hasBuild ? createPageHtml(webDistDir, LANGUAGES) : undefined;
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders(res, filePath) {
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && !path.extname(request.url.split('?')[0] ?? '');
    if (isPage && hasBuild) {
      reply.header('cache-control', 'no-cache');
      const html = pageHtml?.(request.url, requestLanguage(request));
      if (html) return reply.header('vary', 'accept-language, cookie').type('text/html; charset=utf-8').send(html);
      return reply.sendFile('index.html');
    }
    return sendProblem(request, reply, 'route.not_found', 404);
  });
}
