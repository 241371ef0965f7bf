/**
 * Plain `node:http` clients for the load scenario (lighter than fetch for hundreds of loops in one
 * process): a keep-alive JSON request and a Server-Sent Events reader that stamps each frame with
 * the time its bytes arrived.
 */
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/**
 * A loopback source address per simulated client (Linux answers on all of 127/8): each desk PC and
 * each phone comes from its own address, as in real life, so per-IP rate limits apply per client.
 */
export const clientAddress = (n: number) => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;

export type Reply = { status: number; body: string; ms: number };
export type Staff = { cookie: string; csrf: string; from?: string };

export function request(port: number, method: string, path: string, staff?: Staff, body?: unknown): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = {};
  if (payload !== undefined) headers['content-type'] = 'application/json';
  if (staff) {
    headers.cookie = staff.cookie;
    headers['x-csrf-token'] = staff.csrf;
  }
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, method, path, headers, agent, localAddress: staff?.from };
    const req = http.request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          ms: performance.now() - started,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export async function signInStaff(port: number, email: string, password: string, from?: string): Promise<Staff> {
  const res = await new Promise<{ status: number; body: string; cookies: string[] }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        agent,
        localAddress: from,
      },
      (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () =>
          resolve({
            status: r.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            cookies: r.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ email, password }));
  });
  if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${res.body}`);
  const cookie = res.cookies.find((c) => c.startsWith('atrium_session='))?.split(';')[0];
  const csrf = (JSON.parse(res.body) as { csrfToken?: string }).csrfToken;
  if (!cookie || !csrf) throw new Error('sign-in gave no session');
  return from ? { cookie, csrf, from } : { cookie, csrf };
}

export type Frame = { event: string; data: string; receivedAt: number };
export type Stream = { close: () => void; opened: Promise<void> };

/** Follows an SSE endpoint; `onFrame` gets each event with the wall-clock time its chunk arrived. */
export function openStream(
  port: number,
  path: string,
  headers: Record<string, string>,
  onFrame: (frame: Frame) => void,
  onError: (reason: string) => void,
  from?: string,
): Stream {
  let closing = false;
  let req: http.ClientRequest | undefined;
  const opened = new Promise<void>((resolve, reject) => {
    const options = {
      host: '127.0.0.1',
      port,
      path,
      localAddress: from,
      headers: { accept: 'text/event-stream', ...headers },
    };
    req = http.get(options, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`stream ${path}: ${res.statusCode}`));
        res.resume();
        return;
      }
      resolve();
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        const receivedAt = Date.now();
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length > 0) onFrame({ event, data: data.join('\n'), receivedAt });
          end = buffer.indexOf('\n\n');
        }
      });
      res.on('close', () => {
        if (!closing) onError(`stream ${path} closed by the server`);
      });
    });
    req.on('error', (e) => {
      if (!closing) onError(`stream ${path}: ${e.message}`);
      reject(e);
    });
  });
  return {
    opened,
    close: () => {
      closing = true;
      req?.destroy();
    },
  };
}
