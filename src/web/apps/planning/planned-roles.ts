import type { Role } from '../../../common/domain.js';

/** Staff who appear in plans, and so have a "My plan" page and an "I'm on site" button. */
export const PLANNED_STAFF_ROLES: readonly Role[] = ['counsellor', 'reception', 'steward'];
