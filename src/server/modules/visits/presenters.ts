import type { Field, Language } from '../../../common/domain.js';
import type { StaffTicket } from '../../../common/visits/schemas.js';
import type { TicketStatus } from '../../../common/visits/vocabulary.js';
import type { tickets } from '../../db/schema/index.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentStaffTicket = (t: typeof tickets.$inferSelect): StaffTicket => ({
  id: t.id,
  code: t.code,
  field: t.field as Field,
  language: t.language as Language,
  status: t.status as TicketStatus,
  audience: t.audience,
  issuedAt: t.issuedAt.toISOString(),
  priorityAt: t.priorityAt.toISOString(),
  calledAt: iso(t.calledAt),
  startedAt: iso(t.startedAt),
  recalls: t.recalls,
  deskId: t.deskId,
  transferred: t.previousId !== null,
  handoverNote: t.handoverNote,
  token: t.token,
});
