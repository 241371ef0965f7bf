import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DeviceKind } from '../../../common/domain.js';
import type { Db } from '../../db/client.js';
import { DomainError } from '../errors.js';
import type { AuthCache } from './auth-cache.js';
import { loadDevice } from './device-tokens.js';
import type { DevicePrincipal, Principal, StaffPrincipal } from './principal.js';
import { loadSession, type SessionPolicy } from './sessions.js';
import { sha256 } from './tokens.js';

export const SESSION_COOKIE = 'atrium_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    sessionExpired: boolean;
  }
}

export type AuthOptions = { db: Db; session: SessionPolicy; secureCookies: boolean; cache: AuthCache };

export function sessionCookieOptions(secure: boolean, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

/** Resolves who is calling (staff session cookie or device bearer token) and enforces CSRF on cookie writes. */
export function registerAuth(app: FastifyInstance, options: AuthOptions) {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const token = authorization.slice(7).trim();
      request.principal = await options.cache.device(sha256(token), () => loadDevice(options.db, token));
      return;
    }
    // EventSource cannot send headers: a device's event stream may carry its token in the query.
    const queryToken = (request.query as { access_token?: unknown } | undefined)?.access_token;
    if (request.method === 'GET' && request.url.includes('/stream') && typeof queryToken === 'string') {
      request.principal = await options.cache.device(sha256(queryToken), () => loadDevice(options.db, queryToken));
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const lookup = await options.cache.session(sha256(token), () => loadSession(options.db, token, options.session));
    if (!lookup.ok) {
      request.sessionExpired = true;
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(options.secureCookies));
      return;
    }
    request.principal = lookup.principal;
    // Signing in again replaces the session, so it needs no token of the old one.
    const isSignIn = request.url === '/api/auth/login';
    if (
      !SAFE_METHODS.has(request.method) &&
      !isSignIn &&
      request.headers['x-csrf-token'] !== lookup.principal.session.csrfToken
    ) {
      throw new DomainError('auth.csrf_failed');
    }
  });
}

export function requireStaff(request: FastifyRequest): StaffPrincipal {
  const p = request.principal;
  if (p?.kind === 'staff') return p;
  throw new DomainError(request.sessionExpired ? 'auth.session_expired' : 'auth.required');
}

export function requireDevice(request: FastifyRequest, ...kinds: DeviceKind[]): DevicePrincipal {
  const p = request.principal;
  if (p?.kind !== 'device') throw new DomainError('device.token_invalid');
  if (kinds.length > 0 && !kinds.includes(p.deviceKind)) throw new DomainError('auth.forbidden');
  return p;
}

/** Whether the credentials that opened a long-lived request (an event stream) still hold. */
export function credentialsStillValid(request: FastifyRequest, options: Pick<AuthOptions, 'db' | 'session'>) {
  const principal = request.principal;
  const token = request.cookies[SESSION_COOKIE];
  const bearer = request.headers.authorization?.startsWith('Bearer ')
    ? request.headers.authorization.slice(7).trim()
    : (request.query as { access_token?: unknown } | undefined)?.access_token;
  return async () => {
    if (principal?.kind === 'staff' && token) return (await loadSession(options.db, token, options.session)).ok;
    if (principal?.kind === 'device' && typeof bearer === 'string') {
      return loadDevice(options.db, bearer).then(
        () => true,
        () => false,
      );
    }
    return principal === null;
  };
}
