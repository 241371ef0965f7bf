import type { App, AppContext } from '../../platform/context.js';
import { feedFetcher } from './feeds/fetch-feed.js';
import { catalogueRoutes } from './routes/catalogue.routes.js';
import { feedRoutes, offerRoutes } from './routes/offers.routes.js';
import { tagRoutes } from './routes/tags.routes.js';
import { portalRoutes } from './routes/portal.routes.js';

export { importEsco } from './esco/import.service.js';
export { expireOffers } from './offers/offers.service.js';
export { expiryRound, feedsRound } from './catalogue-round.js';
export { escoLoaded, loadEscoOnFirstStart, warmSearchIndex } from './esco/first-start.js';
export {
  CATALOGUE_DEMO_SOURCE,
  catalogueDemoSeeded,
  loadCatalogueDemo,
  seedCatalogueDemo,
} from './demo/catalogue-demo.service.js';

export function registerCatalogueModule(app: App, ctx: AppContext) {
  catalogueRoutes(app, ctx);
  offerRoutes(app, ctx);
  feedRoutes(app, ctx, feedFetcher({ allowPrivateHosts: ctx.config.env !== 'production' }));
  tagRoutes(app, ctx);
  portalRoutes(app, ctx);
}
