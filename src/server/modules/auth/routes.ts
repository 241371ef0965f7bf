import { z } from 'zod';
import {
  changePasswordBodySchema,
  loginBodySchema,
  meSchema,
  resetPasswordBodySchema,
} from '../../../common/schemas/auth.js';
import { languageSchema, okSchema } from '../../../common/schemas/shared.js';
import { requireStaff, SESSION_COOKIE, sessionCookieOptions } from '../../platform/auth/plugin.js';
import { endSession, loadSession } from '../../platform/auth/sessions.js';
import type { App, AppContext } from '../../platform/context.js';
import { changePassword, describeMe, resetPassword, setPreferredLanguage, signIn } from './service.js';

export function registerAuthModule(app: App, ctx: AppContext) {
  const tags = ['auth'];
  const secure = ctx.config.publicUrl.startsWith('https://');
  const cookie = () => sessionCookieOptions(secure, ctx.config.session.absoluteHours * 3600);

  app.post(
    '/api/auth/login',
    {
      schema: { tags, body: loginBodySchema, response: { 200: meSchema } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token } = await signIn(ctx.db, request.body.email, request.body.password, ctx.config.session);
      // Rotation: the session this browser held until now (if any) ends with the new sign-in.
      const previous = request.principal;
      if (previous?.kind === 'staff') await endSession(ctx.db, previous.session.tokenHash);
      reply.setCookie(SESSION_COOKIE, token, cookie());
      const lookup = await loadSession(ctx.db, token, ctx.config.session);
      if (!lookup.ok) throw new Error('session vanished right after sign-in');
      return describeMe(ctx.db, lookup.principal);
    },
  );

  app.post('/api/auth/logout', { schema: { tags, response: { 200: okSchema } } }, async (request, reply) => {
    const p = request.principal;
    if (p?.kind === 'staff') await endSession(ctx.db, p.session.tokenHash);
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure));
    return { ok: true as const };
  });

  app.get('/api/auth/me', { schema: { tags, response: { 200: meSchema } } }, async (request) =>
    describeMe(ctx.db, requireStaff(request)),
  );

  app.put(
    '/api/auth/me/language',
    { schema: { tags, body: z.strictObject({ language: languageSchema }), response: { 200: okSchema } } },
    async (request) => {
      await setPreferredLanguage(ctx.db, requireStaff(request), request.body.language);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    { schema: { tags, body: changePasswordBodySchema, response: { 200: meSchema } } },
    async (request, reply) => {
      const principal = requireStaff(request);
      const { body } = request;
      const { token } = await changePassword(
        ctx.db,
        principal,
        body.currentPassword,
        body.newPassword,
        ctx.config.session,
      );
      reply.setCookie(SESSION_COOKIE, token, cookie());
      const lookup = await loadSession(ctx.db, token, ctx.config.session);
      if (!lookup.ok) throw new Error('session vanished right after password change');
      return describeMe(ctx.db, lookup.principal);
    },
  );

  app.post(
    '/api/auth/reset',
    {
      schema: { tags, body: resetPasswordBodySchema, response: { 200: okSchema } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request) => {
      await resetPassword(ctx.db, request.body.token, request.body.newPassword);
      return { ok: true as const };
    },
  );
}
