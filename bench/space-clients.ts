/** The bench's simulated screens: SSE readers that time every event they receive, and a small HTTP client. */
import http from 'node:http';

export type Delivery = { type: string; latencyMs: number };

/** One SSE connection (station screen or steward app) that records each event's delivery latency. */
export class Screen {
  readonly deliveries: Delivery[] = [];
  requests = 0;
  disconnects = 0;
  private buffer = '';
  private request: http.ClientRequest | undefined;
  private closing = false;

  constructor(
    readonly base: string,
    readonly path: string,
    readonly headers: Record<string, string>,
    readonly onEvent: (type: string, data: Record<string, unknown>) => void,
  ) {}

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.request = http.get(
        `${this.base}${this.path}`,
        { headers: { accept: 'text/event-stream', ...this.headers } },
        (res) => {
          if (res.statusCode !== 200) reject(new Error(`stream ${this.path}: ${res.statusCode}`));
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            this.push(chunk);
            if (this.buffer.includes(': connected') || chunk.includes(': connected')) resolve();
          });
          res.on('end', () => {
            if (!this.closing) this.disconnects++;
          });
        },
      );
      this.request.on('error', (error) => (this.closing ? undefined : reject(error)));
    });
  }

  close() {
    this.closing = true;
    this.request?.destroy();
  }

  private push(chunk: string) {
    const received = Date.now();
    this.buffer += chunk;
    let end = this.buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const data = block.split('\n').find((l) => l.startsWith('data: '));
      if (data) {
        const event = JSON.parse(data.slice(6)) as { type: string; at: string; data: Record<string, unknown> };
        this.deliveries.push({ type: event.type, latencyMs: received - Date.parse(event.at) });
        this.onEvent(event.type, event.data);
      }
      end = this.buffer.indexOf('\n\n');
    }
  }
}

export type Call = { status: number; body: unknown };

/** JSON over HTTP with a cookie (staff, with CSRF) or a bearer token (device). */
export async function call(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  auth: { cookie?: string; csrf?: string; bearer?: string; ip?: string },
  body?: unknown,
): Promise<Call> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.csrf) headers['x-csrf-token'] = auth.csrf;
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  if (auth.ip) headers['x-forwarded-for'] = auth.ip;
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};
