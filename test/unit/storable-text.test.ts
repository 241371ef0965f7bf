import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unstorableTextIssues } from '../../src/server/platform/storable-text.js';

const paths = (data: unknown) => unstorableTextIssues(data).map((i) => i.path.join('.'));

describe('text the database cannot store', () => {
  it('finds NUL characters and unpaired surrogates wherever they are', () => {
    expect(paths({ a: 'ok', b: 'x\u0000', c: [{ d: '\ud83d' }, 'fine'], e: { f: '\ude00' } })).toEqual([
      'b',
      'c.0.d',
      'e.f',
    ]);
    expect(paths(JSON.parse('{"bad\\u0000key": 1}'))).toEqual(['bad\u0000key']);
    expect(paths('\u0000')).toEqual(['']);
  });

  it('accepts every well-formed string, emoji and all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!s.includes('\u0000'));
        expect(unstorableTextIssues({ s, list: [s] })).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects exactly the strings that do not survive a round trip through UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const survives = Buffer.from(s, 'utf8').toString('utf8') === s && !s.includes('\u0000');
        expect(unstorableTextIssues(s).length === 0).toBe(survives);
      }),
      { numRuns: 1000 },
    );
  });
});
