import type { Problem } from '../../common/schemas/problem.js';
import { ApiError, networkProblem } from './api-error.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Options = { body?: unknown; bearer?: string; signal?: AbortSignal };

let csrfToken: string | undefined;
let onSessionExpired: (() => void) | undefined;
let offlineTitle = 'Network error';

/** The session's CSRF token, from GET /api/auth/me; sent on every write. */
export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
}
export function setSessionExpiredHandler(handler: () => void) {
  onSessionExpired = handler;
}
export function setOfflineTitle(title: string) {
  offlineTitle = title;
}

/** JSON over HTTP; failures become an ApiError carrying problem+json. */
export async function api<T>(method: Method, path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch {
    throw new ApiError(0, networkProblem(0, offlineTitle));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (response.ok) return data as T;
  const problem = isProblem(data) ? data : networkProblem(response.status, offlineTitle);
  if (problem.code === 'auth.session_expired' && !options.bearer) onSessionExpired?.();
  throw new ApiError(response.status, problem);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblem(data: unknown): data is Problem {
  return typeof data === 'object' && data !== null && 'code' in data && 'title' in data;
}
