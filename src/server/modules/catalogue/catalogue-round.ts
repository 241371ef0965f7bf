import type { DbOrTx } from '../../db/client.js';
import { refreshDueFeeds } from './feeds/feed-sources.service.js';
import { feedFetcher } from './feeds/fetch-feed.js';
import { expireOffers } from './offers/offers.service.js';

/** The catalogue's part of the jobs round: offers past their closing date expire (cheap, every round). */
export const expiryRound = (db: DbOrTx, now = new Date()) => expireOffers(db, now);

/**
 * Feed URLs not fetched for FEED_REFRESH_HOURS are fetched and imported again. Outside production a feed
 * may live on the local network (a test server, a partner's staging box); in production it may not.
 */
export const feedsRound = (db: DbOrTx, production: boolean, now = new Date()) =>
  refreshDueFeeds(db, feedFetcher({ allowPrivateHosts: !production }), now);
