import type { Role } from '../../common/domain.js';
import type { Me } from '../../common/schemas/auth.js';

export function hasAnyRole(me: Me, roles: readonly Role[]): boolean {
  return me.roles.some((r) => roles.includes(r));
}

/** The first site where the person holds one of the roles (the demo has one site). */
export function siteFor(me: Me, roles: readonly Role[]) {
  return me.sites.find((s) => s.roles.some((r) => roles.includes(r))) ?? me.sites[0];
}

/** Only same-origin paths are accepted as a place to return to after sign-in. */
export function safeNext(next: string | null): string | undefined {
  return next?.startsWith('/') && !next.startsWith('//') ? next : undefined;
}
