import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import type { FeedFailure } from '../../../../common/catalogue/feed-reasons.js';
import { FEED_LIMITS } from '../../../../common/catalogue/feed-schemas.js';
import { FeedFailureError } from './row-reasons.js';

/** Why a feed URL could not be read (`failure`: a code with its parameters, worded by the browser). */
export class FeedFetchError extends FeedFailureError {}

/** Resolves a host name to every address it has (the system resolver; tests give a fake one). */
export type Resolver = (host: string) => Promise<LookupAddress[]>;
export type FetchOptions = { allowPrivateHosts: boolean; timeoutMs?: number; resolve?: Resolver };
export type FeedFetcher = (url: string) => Promise<string>;

const MAX_REDIRECTS = 3;
const MAX_BYTES = FEED_LIMITS.contentChars * 2;
const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

const internal = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  internal.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['::ffff:0:0', 96],
] as const)
  internal.addSubnet(net, bits, 'ipv6');

const fail = (failure: FeedFailure) => new FeedFetchError(failure);

/** Rejects when the signal fires, so a slow resolver cannot outlast the time limit. */
function whileAllowed<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The addresses a URL's host may be reached at: resolved ONCE here, and (in production) refused when any of
 * them is a loopback, private or link-local address. The request then connects to these, never resolving again.
 */
export async function vettedAddresses(
  url: URL,
  allowPrivateHosts: boolean,
  resolve: Resolver,
  signal: AbortSignal,
): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await whileAllowed(resolve(host), signal).catch((error: unknown) => {
        if (signal.aborted) throw error;
        throw fail({ code: 'unknown_host', params: { host } });
      });
  if (addresses.length === 0) throw fail({ code: 'unknown_host', params: { host } });
  if (!allowPrivateHosts && addresses.some((a) => internal.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4')))
    throw fail({ code: 'host_not_allowed', params: { host } });
  return addresses;
}

/**
 * A socket `lookup` that answers with the vetted addresses whatever it is asked, so a DNS answer that changes
 * between the check and the connection (DNS rebinding) is never used. TLS SNI and the Host header keep the name.
 */
export function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const fitting = addresses.filter((a) => !options.family || a.family === options.family);
    const chosen = fitting.length > 0 ? fitting : addresses;
    if (options.all) callback(null, chosen);
    else callback(null, chosen[0]?.address ?? '', chosen[0]?.family);
  };
}

/** One GET, connected to the vetted addresses, on a connection of its own (no pooled socket from another check). */
function get(url: URL, addresses: LookupAddress[], signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        agent: false,
        lookup: pinnedLookup(addresses),
        signal,
        headers: { accept: '*/*', 'accept-encoding': 'gzip, br', 'user-agent': 'Atrium feed reader' },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

/** The body, decompressed, stopped as soon as it passes the size limit. */
async function readLimited(response: IncomingMessage, signal: AbortSignal): Promise<Buffer> {
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  const decoders =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? [createGunzip()]
      : encoding === 'br'
        ? [createBrotliDecompress()]
        : encoding === 'identity' || encoding === ''
          ? []
          : null;
  if (!decoders) {
    response.destroy();
    throw fail({ code: 'connection_failed', params: { detail: `content-encoding ${encoding}` } });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  await pipeline(
    response,
    ...decoders,
    async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        size += chunk.byteLength;
        if (size > MAX_BYTES) throw fail({ code: 'file_too_large', params: { megabytes: MAX_BYTES / 1_000_000 } });
        chunks.push(chunk);
      }
    },
    { signal },
  );
  return Buffer.concat(chunks);
}

/** A failure of the network or of the time limit, as a feed failure (a FeedFetchError passes through). */
function asFailure(error: unknown, signal: AbortSignal, timeoutMs: number): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  if (signal.aborted) return fail({ code: 'no_answer_in_time', params: { seconds: Math.ceil(timeoutMs / 1000) } });
  const code = (error as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : 'network error';
  return fail({ code: 'connection_failed', params: { detail } });
}

/**
 * Fetches a feed file over HTTP(S): at most three redirects (each hop's host resolved, checked and pinned
 * again), a time limit for the whole, a size limit, and UTF-8 only (a file in another encoding is refused
 * rather than imported garbled).
 */
export function feedFetcher({
  allowPrivateHosts,
  timeoutMs = 15_000,
  resolve = systemResolver,
}: FetchOptions): FeedFetcher {
  return async (address) => {
    let url = new URL(address);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
          throw fail({ code: 'unsupported_protocol', params: { protocol: url.protocol.replace(/:$/, '') } });
        const addresses = await vettedAddresses(url, allowPrivateHosts, resolve, signal);
        const response = await get(url, addresses, signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.destroy();
          url = new URL(location, url);
          continue;
        }
        if (status !== 200) {
          response.destroy();
          throw fail({ code: 'http_status', params: { status } });
        }
        const bytes = await readLimited(response, signal);
        try {
          return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          throw fail({ code: 'not_utf8' });
        }
      }
    } catch (error) {
      throw asFailure(error, signal, timeoutMs);
    }
    throw fail({ code: 'too_many_redirects', params: { max: MAX_REDIRECTS } });
  };
}
