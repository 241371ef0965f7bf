import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { FeedFailure } from '../../../../common/catalogue/feed-reasons.js';
import { FEED_LIMITS } from '../../../../common/catalogue/feed-schemas.js';
import { FeedFailureError } from './row-reasons.js';

/** Why a feed URL could not be read (`failure`: a code with its parameters, worded by the browser). */
export class FeedFetchError extends FeedFailureError {}
const fail = (failure: FeedFailure) => new FeedFetchError(failure);
const MAX_REDIRECTS = 3;

export type FetchOptions = { allowPrivateHosts: boolean; timeoutMs?: number };
export type FeedFetcher = (url: string) => Promise<string>;

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

/** Refuses hosts that resolve into the server's own network (a partner's URL must not reach internal services). */
async function checkHost(url: URL) {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true }).catch(() => {
        throw fail({ code: 'unknown_host', params: { host } });
      });
  if (addresses.some((a) => internal.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4')))
    throw fail({ code: 'host_not_allowed', params: { host } });
}

async function readLimited(response: Response): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > FEED_LIMITS.contentChars * 2) {
      await reader.cancel();
      throw fail({ code: 'file_too_large', params: { megabytes: (FEED_LIMITS.contentChars * 2) / 1_000_000 } });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a feed file over HTTP(S): at most three redirects (each host checked), a time limit, a size
 * limit, and UTF-8 only (a file in another encoding is refused rather than imported garbled).
 */
export function feedFetcher({ allowPrivateHosts, timeoutMs = 15_000 }: FetchOptions): FeedFetcher {
  return async (address) => {
    let url = new URL(address);
    const signal = AbortSignal.timeout(timeoutMs);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw fail({ code: 'unsupported_protocol', params: { protocol: url.protocol.replace(/:$/, '') } });
      if (!allowPrivateHosts) await checkHost(url);
      let response: Response;
      try {
        response = await fetch(url, { redirect: 'manual', signal, headers: { accept: '*/*' } });
      } catch (error) {
        const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
        throw fail(
          signal.aborted
            ? { code: 'no_answer_in_time', params: { seconds: Math.ceil(timeoutMs / 1000) } }
            : {
                code: 'connection_failed',
                params: {
                  detail: typeof cause === 'string' ? cause : error instanceof Error ? error.message : 'network error',
                },
              },
        );
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        url = new URL(location, url);
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw fail({ code: 'http_status', params: { status: response.status } });
      }
      const bytes = await readLimited(response);
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw fail({ code: 'not_utf8' });
      }
    }
    throw fail({ code: 'too_many_redirects', params: { max: MAX_REDIRECTS } });
  };
}
