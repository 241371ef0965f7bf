/** Who asks for a ticket (kiosk or reception), a request waiting for its issuer, the check that the site offers it. */
import type { IssueTicketBody, TicketView } from '../../../common/visits/schemas.js';
import type { Principal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import type { SiteRow } from '../sites/sites.service.js';

export type Issuer = { via: 'kiosk'; deviceId: string; actor: Principal } | { via: 'reception'; actor: Principal };

export type IssueRequest = {
  site: SiteRow;
  body: IssueTicketBody;
  issuer: Issuer;
  now: Date;
  resolve: (view: TicketView) => void;
  reject: (error: unknown) => void;
};

export function assertOffered(site: SiteRow, body: IssueTicketBody) {
  const errors = [];
  if (!site.fields.includes(body.field)) errors.push({ field: 'field', code: 'invalid_value' });
  if (!site.languages.includes(body.language)) errors.push({ field: 'language', code: 'invalid_value' });
  if (errors.length > 0) throw new DomainError('validation.failed', { fieldErrors: errors });
}
