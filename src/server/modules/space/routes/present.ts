import type { SiteId } from '../../../../common/ids.js';
import type { AppContext } from '../../../platform/context.js';
import { presentUse } from '../presenters.js';
import { getSpaceRules } from '../settings.service.js';
import type { UseRow } from '../space-floor.js';

export async function presentUseRow(ctx: AppContext, siteId: SiteId, use: UseRow) {
  return presentUse(use, await getSpaceRules(ctx.db, siteId), null);
}
