/**
 * Branded identifiers. A `SiteId` or `OrganisationId` can only be minted by the server's auth layer
 * (see `src/server/platform/auth/scope.ts`), so a query that forgets to scope by tenant does not compile.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SiteId = Brand<string, 'SiteId'>;
export type OrganisationId = Brand<string, 'OrganisationId'>;
export type UserId = Brand<string, 'UserId'>;
