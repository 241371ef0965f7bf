import type { OfferKind } from '../../../common/catalogue/portal-schemas.js';
import type { Field } from '../../../common/domain.js';

/** Which field of expertise to choose at the kiosk to talk about each kind of offer. */
export const KIND_FIELDS: Record<OfferKind, readonly Field[]> = {
  training: ['train'],
  vacancy: ['work'],
  service: ['choose', 'work'],
  guide: ['create', 'move'],
};
