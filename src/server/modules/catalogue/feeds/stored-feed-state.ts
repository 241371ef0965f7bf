import {
  type FeedFailure,
  type FeedRowReason,
  feedFailureSchema,
  feedRowReasonSchema,
} from '../../../../common/catalogue/feed-reasons.js';
import type { FeedReport } from '../../../../common/catalogue/feed-schemas.js';

/**
 * How a feed source's last run is kept in its existing columns (no migration): `last_error` (text) holds the
 * failure as JSON text, `{"code":"http_status","params":{"status":500}}`; `last_report` (jsonb) holds the report
 * with coded reasons. Both are read back tolerantly: words stored before the codes come back as `untranslated`.
 */
export const storedError = (failure: FeedFailure | null): string | null => (failure ? JSON.stringify(failure) : null);

export function readError(text: string | null): FeedFailure | null {
  if (text === null) return null;
  try {
    const parsed = feedFailureSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Words stored before the codes.
  }
  return { code: 'untranslated', params: { text } };
}

function readReason(reason: unknown): FeedRowReason {
  if (typeof reason === 'string') return { code: 'untranslated', params: { text: reason } };
  const parsed = feedRowReasonSchema.safeParse(reason);
  return parsed.success ? parsed.data : { code: 'untranslated', params: { text: JSON.stringify(reason) } };
}

export function readReport(stored: unknown): FeedReport | null {
  if (!stored || typeof stored !== 'object') return null;
  const r = stored as { created?: unknown; updated?: unknown; rejected?: unknown };
  return {
    created: Number(r.created ?? 0),
    updated: Number(r.updated ?? 0),
    rejected: (Array.isArray(r.rejected) ? r.rejected : []).map(
      (x: { row?: unknown; sourceId?: unknown; reason?: unknown }) => ({
        row: Number(x.row ?? 0),
        sourceId: typeof x.sourceId === 'string' ? x.sourceId : null,
        reason: readReason(x.reason),
      }),
    ),
  };
}
