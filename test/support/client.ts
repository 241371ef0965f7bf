import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/platform/context.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Response = LightMyRequestResponse;

let ipCounter = 0;
/** A distinct client address per caller, so per-IP rate limits of one test do not spill into another. */
export function nextIp(): string {
  ipCounter++;
  return `10.${(process.pid >> 8) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/** A small HTTP client over `app.inject` that keeps the session cookie and sends the CSRF token. */
export class Client {
  sessionCookie: string | undefined;
  csrfToken: string | undefined;
  bearer: string | undefined;
  readonly ip = nextIp();
  headers: Record<string, string> = {};

  constructor(readonly app: App) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const all: Record<string, string> = { 'x-forwarded-for': this.ip, ...this.headers };
    if (this.sessionCookie) all.cookie = `atrium_session=${this.sessionCookie}`;
    if (this.csrfToken) all['x-csrf-token'] = this.csrfToken;
    if (this.bearer) all.authorization = `Bearer ${this.bearer}`;
    const options: InjectOptions = { method, url, headers: { ...all, ...headers } };
    if (body !== undefined) options.payload = body as InjectOptions['payload'];
    const response = await this.app.inject(options);
    const cookie = response.cookies.find((c) => c.name === 'atrium_session');
    if (cookie) this.sessionCookie = cookie.value === '' ? undefined : cookie.value;
    return response;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', url, body, headers);
  put = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('PUT', url, body, headers);
  patch = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('PATCH', url, body, headers);
  delete = (url: string, headers?: Record<string, string>) => this.request('DELETE', url, undefined, headers);

  /** Signs in; throws with the problem body if it fails. */
  async login(email: string, password: string): Promise<Client> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
    this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return this;
  }
}

export const anonymous = (app: App) => new Client(app);
