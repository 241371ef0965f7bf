import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Relation, topSimilar } from '../../src/server/modules/catalogue/transitions/similarity.js';

const rel = (occupation: string, skill: string, essential = true): Relation => ({ occupation, skill, essential });

describe('career transition similarity', () => {
  it('ranks an occupation sharing essential skills above one sharing optional skills', () => {
    const relations = [
      rel('a', 's1'),
      rel('a', 's2'),
      rel('b', 's1'),
      rel('b', 's2'),
      rel('c', 's1', false),
      rel('c', 's2', false),
      rel('c', 's9'),
      rel('d', 's8'),
    ];
    const fromA = topSimilar(relations, 5).filter((x) => x.from === 'a');
    expect(fromA.map((x) => x.to)).toEqual(['b', 'c']);
    expect(fromA[0]?.score).toBeGreaterThan(fromA[1]?.score ?? 1);
  });

  it('never lists an occupation as its own transition, keeps at most N, ranks 1..N by falling score', () => {
    const arb = fc.array(
      fc.record({
        occupation: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
        skill: fc.constantFrom('x', 'y', 'z', 'w'),
        essential: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 4 }), (relations, n) => {
        const unique = [...new Map(relations.map((r) => [`${r.occupation}|${r.skill}`, r])).values()];
        const out = topSimilar(unique, n);
        for (const from of new Set(out.map((x) => x.from))) {
          const list = out.filter((x) => x.from === from);
          expect(list.length).toBeLessThanOrEqual(n);
          expect(list.every((x) => x.to !== from && x.score > 0 && x.score <= 1 + 1e-9)).toBe(true);
          expect(list.map((x) => x.rank)).toEqual(list.map((_, i) => i + 1));
          for (let i = 1; i < list.length; i++) expect(list[i - 1]?.score).toBeGreaterThanOrEqual(list[i]?.score ?? 0);
        }
      }),
    );
  });
});
