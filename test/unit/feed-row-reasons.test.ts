import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type FeedFailure,
  type FeedRowReason,
  feedFailureSchema,
  feedRowReasonSchema,
} from '../../src/common/catalogue/feed-reasons.js';
import { csvRows, FeedFileError, jsonRows } from '../../src/server/modules/catalogue/feeds/feed-rows.js';
import { readError, readReport, storedError } from '../../src/server/modules/catalogue/feeds/stored-feed-state.js';
import { feedFailureText, feedReasonText } from '../../src/web/apps/partner/offers/feed-reason-text.js';

const TODAY = '2026-06-01';
const HEADER = 'source_id,kind,title_fr,title_nl,languages,closes_on,occupation_uris,apply_url';
const reasons = (lines: string[]) => csvRows([HEADER, ...lines].join('\n'), TODAY).map((r) => r.reason ?? null);

describe('feed row reasons are codes with parameters', () => {
  it('CSV rows: each problem is a code, a field and a problem, never zod’s English', () => {
    expect(
      reasons([
        'A1,training,Soudure,Lassen,fr nl,,,',
        ',training,Sans id,,fr,,,',
        'A3,job,Vendeur,,fr,,,',
        'A4,service,,,fr,,,',
        `A5,training,${'x'.repeat(201)},,fr,,,`,
        'A6,training,Cours,,fr,31/12/2099,,',
        'A7,training,Cours,,fr,,not-a-uri,',
        'A8,training,Cours,,de,,,',
        'A9,vacancy,Vendeur,,fr,2026-05-31,,',
        'A10,service,Accueil\u0000,,fr,,,',
      ]),
    ).toEqual([
      null,
      { code: 'missing_source_id' },
      {
        code: 'invalid_field',
        params: { field: 'kind', problem: 'not_allowed_value', allowed: 'training, vacancy, service, guide' },
      },
      { code: 'invalid_field', params: { field: 'titles', problem: 'required' } },
      { code: 'invalid_field', params: { field: 'titles.fr', problem: 'too_long', limit: 200 } },
      { code: 'invalid_field', params: { field: 'closesOn', problem: 'not_a_date' } },
      { code: 'invalid_field', params: { field: 'occupationUris.0', problem: 'not_a_url' } },
      { code: 'invalid_field', params: { field: 'languages.0', problem: 'not_allowed_value', allowed: 'fr, nl, en' } },
      { code: 'closing_date_past', params: { closesOn: '2026-05-31' } },
      { code: 'broken_character', params: { field: 'titles.fr' } },
    ]);
  });

  it('JSON-LD items: an @type that is not an offer is named', () => {
    const rows = jsonRows(
      JSON.stringify([
        { '@type': 'Event', identifier: 'E1', name: 'Salon' },
        { identifier: 'E2', name: 'Sans type' },
        { '@type': 'Course', identifier: 'C1', name: 'Cours', inLanguage: 'nl' },
      ]),
      TODAY,
    );
    expect(rows.map((r) => r.reason ?? null)).toEqual([
      { code: 'unsupported_type', params: { type: 'Event' } },
      { code: 'unsupported_type', params: { type: '' } },
      null,
    ]);
  });

  it('a file that cannot be read carries a failure code', () => {
    const failure = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return error instanceof FeedFileError ? error.failure : error;
      }
      return undefined;
    };
    expect(failure(() => jsonRows('{ broken', TODAY))).toEqual({ code: 'broken_json' });
    expect(failure(() => csvRows('title_fr,kind\nx,training', TODAY))).toEqual({
      code: 'missing_columns',
      params: { columns: 'source_id' },
    });
    expect(failure(() => csvRows('"unterminated,quote\n', TODAY))).toMatchObject({
      code: 'unreadable_csv',
      params: { detail: expect.stringMatching(/quote/i) },
    });
  });

  it('every reason parses with the shared schema', () => {
    for (const reason of reasons(['A4,service,,,fr,,,', ',x,,,,,,']))
      expect(feedRowReasonSchema.safeParse(reason).success).toBe(true);
  });
});

describe('stored feed state (no migration: the failure is JSON text in last_error)', () => {
  it('stores a failure as JSON text and reads it back', () => {
    const failure: FeedFailure = { code: 'http_status', params: { status: 500 } };
    expect(storedError(failure)).toBe('{"code":"http_status","params":{"status":500}}');
    expect(readError(storedError(failure))).toEqual(failure);
    expect(readError(null)).toBeNull();
  });

  it('keeps what was stored before the codes, as untranslated words', () => {
    expect(readError('HTTP 500')).toEqual({ code: 'untranslated', params: { text: 'HTTP 500' } });
    expect(readError('{"not":"a failure"}')).toEqual({ code: 'untranslated', params: { text: '{"not":"a failure"}' } });
    expect(
      readReport({
        created: 1,
        updated: 0,
        rejected: [
          { row: 4, sourceId: 'A3', reason: 'titles.fr: NUL or broken character' },
          { row: 5, sourceId: null, reason: { code: 'missing_source_id' } },
        ],
      }),
    ).toEqual({
      created: 1,
      updated: 0,
      rejected: [
        {
          row: 4,
          sourceId: 'A3',
          reason: { code: 'untranslated', params: { text: 'titles.fr: NUL or broken character' } },
        },
        { row: 5, sourceId: null, reason: { code: 'missing_source_id' } },
      ],
    });
    expect(readReport(null)).toBeNull();
  });
});

describe('the browser words every reason in fr, nl and en', () => {
  const ts = {} as Record<'fr' | 'nl' | 'en', TFunction>;
  beforeAll(async () => {
    const dir = path.resolve(import.meta.dirname, '../../locales');
    const load = (lang: string, ns: string) => JSON.parse(readFileSync(path.join(dir, lang, `${ns}.json`), 'utf8'));
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const instance = i18next.createInstance();
      await instance.init({
        lng: lang,
        fallbackLng: false,
        interpolation: { escapeValue: false },
        resources: { [lang]: { offers: load(lang, 'offers'), errors: load(lang, 'errors') } },
        parseMissingKeyHandler: (key) => `⟦${key}⟧`,
      });
      ts[lang] = instance.t;
    }
  });

  const rowReasons: FeedRowReason[] = [
    { code: 'missing_source_id' },
    { code: 'duplicate_id', params: { firstRow: 3 } },
    ...(
      ['required', 'too_long', 'too_many', 'not_a_date', 'not_a_url', 'wrong_type', 'bad_name', 'invalid'] as const
    ).map((problem): FeedRowReason => ({ code: 'invalid_field', params: { field: 'titles.nl', problem, limit: 200 } })),
    { code: 'invalid_field', params: { field: 'kind', problem: 'not_allowed_value', allowed: 'training, vacancy' } },
    { code: 'invalid_field', params: { field: 'details.apply_url', problem: 'too_long', limit: 500 } },
    { code: 'invalid_field', params: { field: 'occupationUris.2', problem: 'not_a_url' } },
    { code: 'closing_date_past', params: { closesOn: '2026-05-31' } },
    { code: 'unsupported_type', params: { type: 'Event' } },
    { code: 'unsupported_type', params: { type: '' } },
    { code: 'broken_character', params: { field: 'descriptions.fr' } },
    { code: 'refused_by_database' },
  ];
  const failures: FeedFailure[] = [
    { code: 'unknown_host', params: { host: 'feed.example' } },
    { code: 'host_not_allowed', params: { host: 'feed.example' } },
    { code: 'unsupported_protocol', params: { protocol: 'ftp' } },
    { code: 'no_answer_in_time', params: { seconds: 15 } },
    { code: 'connection_failed', params: { detail: 'ECONNREFUSED' } },
    { code: 'http_status', params: { status: 404 } },
    { code: 'file_too_large', params: { megabytes: 4 } },
    { code: 'not_utf8' },
    { code: 'too_many_redirects', params: { max: 3 } },
    { code: 'unreadable_csv', params: { detail: 'Quote Not Closed' } },
    { code: 'missing_columns', params: { columns: 'source_id, kind' } },
    { code: 'broken_json' },
    { code: 'too_many_rows', params: { max: 5000 } },
  ];

  it.each(['fr', 'nl', 'en'] as const)('%s: no missing key, no placeholder left', (lang) => {
    const texts = [
      ...rowReasons.map((r) => feedReasonText(ts[lang], r, lang)),
      ...failures.map((f) => feedFailureText(ts[lang], f)),
    ];
    for (const text of texts) expect(text).not.toMatch(/⟦|\{\{|undefined/);
    expect(new Set(texts).size).toBe(texts.length);
    expect(failures.map((f) => feedFailureSchema.safeParse(f).success)).not.toContain(false);
  });

  it('names the field and its language in the reader’s words', () => {
    const reason: FeedRowReason = {
      code: 'invalid_field',
      params: { field: 'titles.nl', problem: 'too_long', limit: 200 },
    };
    expect(feedReasonText(ts.fr, reason, 'fr')).toBe('Titre (NL) : trop long (200 caractères au plus).');
    expect(feedReasonText(ts.nl, reason, 'nl')).toBe('Titel (NL): te lang (hoogstens 200 tekens).');
    expect(feedReasonText(ts.en, { code: 'duplicate_id', params: { firstRow: 3 } }, 'en')).toBe(
      'This id already appears on row 3; only that row is imported.',
    );
    expect(
      feedReasonText(
        ts.nl,
        { code: 'invalid_field', params: { field: 'details.apply_url', problem: 'not_a_url' } },
        'nl',
      ),
    ).toMatch(/: geen webadres/);
    expect(feedFailureText(ts.fr, { code: 'http_status', params: { status: 500 } })).toBe(
      'Le serveur a répondu par le statut HTTP 500 au lieu du fichier.',
    );
    expect(feedReasonText(ts.nl, { code: 'untranslated', params: { text: 'closing date in the past' } }, 'nl')).toBe(
      'closing date in the past',
    );
  });
});
