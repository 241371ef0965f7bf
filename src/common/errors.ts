/** Stable error codes and their HTTP status. Titles are in `locales/<lang>/errors.json`. */
export const ERROR_STATUS = {
  'validation.failed': 400,
  'request.malformed_json': 400,
  'request.unsupported_media_type': 415,
  'request.too_large': 413,
  'route.not_found': 404,
  'resource.not_found': 404,
  'resource.duplicate': 409,
  'resource.in_use': 409,
  'site.not_found': 404,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.session_expired': 401,
  'auth.csrf_failed': 403,
  'auth.forbidden': 403,
  'auth.too_many_attempts': 429,
  'auth.wrong_password': 400,
  'auth.reset_invalid': 400,
  'device.code_invalid': 400,
  'device.token_invalid': 401,
  'device.revoked': 401,
  'device.already_enrolled': 409,
  'rate.limited': 429,
  'queue.closed': 409,
  'ticket.wrong_state': 409,
  'ticket.not_held': 409,
  'ticket.recall_limit': 409,
  'ticket.recalls_remaining': 409,
  'desk.taken': 409,
  'desk.not_open': 409,
  'desk.busy': 409,
  'note.personal_data': 400,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A field-level validation error; `code` has a message in the catalogue under `validation.<code>`. */
export type FieldError = { field: string; code: string; params?: Record<string, string | number> };
