import { describe, expect, it } from 'vitest';
import { FeedFetchError, feedFetcher } from '../../src/server/modules/catalogue/feeds/fetch-feed.js';

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
    const error = await fetchFeed(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).failure.code).toBe('host_not_allowed');
  });
});
