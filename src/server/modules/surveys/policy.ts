import { hasRole, type StaffPrincipal } from '../../platform/auth/principal.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what with a site's questionnaires (answering needs no account: it is anonymous). */
export const SURVEYS_ACTIONS = ['questionnaire.view', 'questionnaire.manage'] as const;
export type SurveysAction = (typeof SURVEYS_ACTIONS)[number];

export function can(p: StaffPrincipal, action: SurveysAction, siteId: string): boolean {
  switch (action) {
    case 'questionnaire.view':
    case 'questionnaire.manage':
      return hasRole(p, siteId, 'manager', 'admin');
  }
}

export function authorize(p: StaffPrincipal, action: SurveysAction, siteId: string) {
  if (!can(p, action, siteId)) throw forbidden();
}
