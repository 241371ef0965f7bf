import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { requestLanguage } from '../../src/server/platform/i18n.js';

const request = (header?: string, cookie?: string) =>
  ({
    headers: header === undefined ? {} : { 'accept-language': header },
    cookies: cookie === undefined ? {} : { atrium_lang: cookie },
  }) as unknown as FastifyRequest;

describe('requestLanguage', () => {
  it.each([
    [undefined, undefined, 'fr'],
    ['', undefined, 'fr'],
    ['en', undefined, 'en'],
    ['nl-BE', undefined, 'nl'],
    ['EN-gb', undefined, 'en'],
    ['de-DE, nl;q=0.8, en;q=0.5', undefined, 'nl'],
    ['en;q=0.2, nl;q=0.9', undefined, 'nl'],
    ['en;q=0.2, nl ; q=0.9', undefined, 'nl'],
    ['nl;q=0, en;q=0.1', undefined, 'en'],
    ['nl;q=0', undefined, 'fr'],
    ['en;q=0.5, nl ; q=0.1', undefined, 'en'],
    ['en;q=0.5, nl;Q=0.1', undefined, 'en'],
    ['*', undefined, 'fr'],
    ['de, es', undefined, 'fr'],
    ['frr, en;q=0.5', undefined, 'en'],
    ['en;q=abc, nl;q=0.5', undefined, 'nl'],
    ['en', 'nl', 'nl'],
    ['en', 'de', 'en'],
    [undefined, 'en', 'en'],
  ])('Accept-Language %j with cookie %j → %s', (header, cookie, expected) => {
    expect(requestLanguage(request(header, cookie))).toBe(expected);
  });
});
