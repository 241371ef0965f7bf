import type { OrganisationId, SiteId } from '../../../common/ids.js';

/**
 * The only place tenant ids are minted. Call these only with ids read from the database after the
 * caller's access to them was checked (the site resolver, the principal loader).
 */
export const trustedSiteId = (id: string) => id as SiteId;
export const trustedOrganisationId = (id: string) => id as OrganisationId;
