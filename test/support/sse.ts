import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/server/platform/context.js';

export type SseFrame = { id?: string; event?: string; data?: string; comment?: string };

const open = new Set<SseReader>();

/** Reads a Server-Sent Events stream over a real socket and keeps every frame it saw. */
export class SseReader {
  readonly frames: SseFrame[] = [];
  private buffer = '';
  private waiters: (() => void)[] = [];
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;

  private constructor(
    readonly status: number,
    private readonly request: http.ClientRequest,
    response: http.IncomingMessage,
  ) {
    response.setEncoding('utf8');
    this.ended = new Promise((resolve) => response.on('end', () => resolve()));
    response.on('data', (chunk: string) => this.push(chunk));
    response.on('error', () => undefined);
  }

  static connect(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<SseReader> {
    return new Promise((resolve, reject) => {
      const request = http.get(`${baseUrl}${path}`, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
        const reader = new SseReader(res.statusCode ?? 0, request, res);
        open.add(reader);
        resolve(reader);
      });
      request.on('error', reject);
    });
  }

  /** Frames that carry an event (not comments). */
  get events() {
    return this.frames.filter((f) => f.event !== undefined);
  }

  private push(chunk: string) {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const frame: SseFrame = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) frame.comment = line.slice(1).trim();
        else {
          const [field, ...rest] = line.split(':');
          const value = rest.join(':').replace(/^ /, '');
          if (field === 'id' || field === 'event' || field === 'data') frame[field] = value;
        }
      }
      this.frames.push(frame);
      end = this.buffer.indexOf('\n\n');
    }
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits (bounded) until a frame matching `predicate` has arrived; returns it. */
  async waitFor(predicate: (frame: SseFrame) => boolean, timeoutMs = 5000): Promise<SseFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching SSE frame within ${timeoutMs} ms; saw ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves once the server has subscribed this stream (it then writes a `connected` comment). */
  connected() {
    return this.waitFor((f) => f.comment === 'connected');
  }

  close() {
    open.delete(this);
    this.request.destroy();
  }
}

export function closeAllStreams() {
  for (const reader of open) reader.close();
}

/** Listens on a free local port; returns the base URL. */
export async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}
