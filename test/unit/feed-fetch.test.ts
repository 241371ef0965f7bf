import type { LookupAddress } from 'node:dns';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedFailure } from '../../src/common/catalogue/feed-reasons.js';
import {
  FeedFetchError,
  feedFetcher,
  pinnedLookup,
  type Resolver,
} from '../../src/server/modules/catalogue/feeds/fetch-feed.js';

const failureOf = (promise: Promise<unknown>): Promise<FeedFailure | unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof FeedFetchError ? error.failure : error),
  );

describe('feed URLs in production', () => {
  const fetchFeed = feedFetcher({ allowPrivateHosts: false, timeoutMs: 2000 });
  it.each([
    'http://127.0.0.1:9/feed.csv',
    'http://localhost:9/feed.csv',
    'http://[::1]:9/feed.csv',
    'http://10.1.2.3/feed.csv',
    'http://169.254.169.254/latest/meta-data',
    'http://192.168.1.10/feed.json',
  ])('refuses %s (the server’s own network) before connecting', async (url) => {
    expect(await failureOf(fetchFeed(url))).toMatchObject({ code: 'host_not_allowed' });
  });
});

/**
 * A fake resolver: `answers[host]` is what it says the first time; every later call for the same host says
 * `later` (a rebinding DNS server). Every address is on this machine's loopback; nothing leaves it.
 */
function fakeResolver(answers: Record<string, string[]>, later = ['127.0.0.2']) {
  const calls: string[] = [];
  const resolve: Resolver = async (host) => {
    const first = !calls.includes(host);
    calls.push(host);
    const list = first ? answers[host] : later;
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return list.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { calls, resolve };
}

describe('a feed URL is fetched from the address that was checked (DNS pinning)', () => {
  const CSV = 'source_id,kind,title_fr\nP1,training,Pâtisserie\n';
  const seen: string[] = [];
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(`${req.headers.host} ${req.url}`);
      if (req.url === '/feed.csv') return res.writeHead(200, { 'content-type': 'text/csv' }).end(CSV);
      if (req.url === '/hop') return res.writeHead(302, { location: `http://second.example:${port}/feed.csv` }).end();
      if (req.url === '/loop') return res.writeHead(301, { location: '/loop' }).end();
      if (req.url === '/gzip')
        return res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.from(CSV)));
      if (req.url === '/big') return res.writeHead(200).end(Buffer.alloc(4_000_001, 'a'));
      if (req.url === '/latin1') return res.writeHead(200).end(Buffer.from(CSV, 'latin1'));
      if (req.url === '/slow') return; // never answers
      if (req.url === '/stall') return res.writeHead(200).write('source_id,'); // starts, then never ends
      res.writeHead(404).end('not found');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('connects to the address the check resolved, asks the resolver once, and keeps the name as Host', async () => {
    seen.length = 0;
    // `feed.example` resolves nowhere else: reaching the server proves the socket used the checked address.
    // A rebinding resolver would answer 127.0.0.2 (where nothing listens) to a second question.
    const dns = fakeResolver({ 'feed.example': ['127.0.0.1'] });
    const fetchFeed = feedFetcher({ allowPrivateHosts: true, timeoutMs: 5000, resolve: dns.resolve });
    expect(await fetchFeed(`http://feed.example:${port}/feed.csv`)).toBe(CSV);
    expect(dns.calls).toEqual(['feed.example']);
    expect(seen).toEqual([`feed.example:${port} /feed.csv`]);
  });

  it('resolves, checks and pins every redirect hop again', async () => {
    seen.length = 0;
    const dns = fakeResolver({ 'feed.example': ['127.0.0.1'], 'second.example': ['127.0.0.1'] });
    const fetchFeed = feedFetcher({ allowPrivateHosts: true, timeoutMs: 5000, resolve: dns.resolve });
    expect(await fetchFeed(`http://feed.example:${port}/hop`)).toBe(CSV);
    expect(dns.calls).toEqual(['feed.example', 'second.example']);
    expect(seen).toEqual([`feed.example:${port} /hop`, `second.example:${port} /feed.csv`]);
  });

  it('in production, refuses a name with any internal address and never connects', async () => {
    seen.length = 0;
    const dns = fakeResolver({ 'feed.example': ['127.0.0.1'], 'mixed.example': ['203.0.113.7', '10.0.0.8'] });
    const fetchFeed = feedFetcher({ allowPrivateHosts: false, timeoutMs: 5000, resolve: dns.resolve });
    expect(await failureOf(fetchFeed(`http://feed.example:${port}/feed.csv`))).toEqual({
      code: 'host_not_allowed',
      params: { host: 'feed.example' },
    });
    expect(await failureOf(fetchFeed(`http://mixed.example:${port}/feed.csv`))).toEqual({
      code: 'host_not_allowed',
      params: { host: 'mixed.example' },
    });
    expect(await failureOf(fetchFeed(`http://nowhere.example:${port}/feed.csv`))).toEqual({
      code: 'unknown_host',
      params: { host: 'nowhere.example' },
    });
    expect(seen).toEqual([]);
  });

  it('HTTPS keeps the original name for SNI while connecting to the checked address', async () => {
    const names: string[] = [];
    const tls = createTlsServer({
      SNICallback: (name, callback) => {
        names.push(name);
        callback(new Error('no certificate in this test'));
      },
    });
    tls.listen(0, '127.0.0.1');
    await once(tls, 'listening');
    try {
      const dns = fakeResolver({ 'feed.example': ['127.0.0.1'] });
      const fetchFeed = feedFetcher({ allowPrivateHosts: true, timeoutMs: 5000, resolve: dns.resolve });
      const tlsPort = (tls.address() as AddressInfo).port;
      expect(await failureOf(fetchFeed(`https://feed.example:${tlsPort}/feed.csv`))).toMatchObject({
        code: 'connection_failed',
      });
      expect(names).toEqual(['feed.example']);
      expect(dns.calls).toEqual(['feed.example']);
    } finally {
      await new Promise<void>((resolve) => tls.close(() => resolve()));
    }
  });

  it('keeps the limits: time, size, redirects, status, encoding; decompresses gzip', async () => {
    const dns = fakeResolver({ 'feed.example': ['127.0.0.1'] }, ['127.0.0.1']);
    const fetchFeed = feedFetcher({ allowPrivateHosts: true, timeoutMs: 800, resolve: dns.resolve });
    const at = (path: string) => `http://feed.example:${port}${path}`;
    expect(await fetchFeed(at('/gzip'))).toBe(CSV);
    expect(await failureOf(fetchFeed(at('/slow')))).toEqual({ code: 'no_answer_in_time', params: { seconds: 1 } });
    expect(await failureOf(fetchFeed(at('/stall')))).toEqual({ code: 'no_answer_in_time', params: { seconds: 1 } });
    expect(await failureOf(fetchFeed(at('/big')))).toEqual({ code: 'file_too_large', params: { megabytes: 4 } });
    expect(await failureOf(fetchFeed(at('/loop')))).toEqual({ code: 'too_many_redirects', params: { max: 3 } });
    expect(await failureOf(fetchFeed(at('/missing')))).toEqual({ code: 'http_status', params: { status: 404 } });
    expect(await failureOf(fetchFeed(at('/latin1')))).toEqual({ code: 'not_utf8' });
    expect(await failureOf(fetchFeed(`ftp://feed.example:${port}/f`))).toEqual({
      code: 'unsupported_protocol',
      params: { protocol: 'ftp' },
    });
  });

  it('a connection that fails names the system’s error code', async () => {
    // 127.0.0.2 is loopback too; nothing listens there on this port.
    const dns = fakeResolver({ 'feed.example': ['127.0.0.2'] });
    const fetchFeed = feedFetcher({ allowPrivateHosts: true, timeoutMs: 5000, resolve: dns.resolve });
    expect(await failureOf(fetchFeed(`http://feed.example:${port}/feed.csv`))).toEqual({
      code: 'connection_failed',
      params: { detail: 'ECONNREFUSED' },
    });
  });
});

describe('pinnedLookup', () => {
  const vetted: LookupAddress[] = [
    { address: '127.0.0.1', family: 4 },
    { address: '::1', family: 6 },
  ];
  const ask = (options: { all?: boolean; family?: number }) =>
    new Promise<unknown>((resolve, reject) =>
      pinnedLookup(vetted)('any.other.name', options, (error, address, family) =>
        error ? reject(error) : resolve(options.all ? address : [address, family]),
      ),
    );

  it('answers with the vetted addresses whatever name it is asked, by family when one is asked', async () => {
    expect(await ask({ all: true })).toEqual(vetted);
    expect(await ask({ all: true, family: 6 })).toEqual([{ address: '::1', family: 6 }]);
    expect(await ask({})).toEqual(['127.0.0.1', 4]);
    expect(await ask({ family: 6 })).toEqual(['::1', 6]);
  });
});
