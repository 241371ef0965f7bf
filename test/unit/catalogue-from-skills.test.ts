import { describe, expect, it } from 'vitest';
import { rankFromSkills } from '../../src/server/modules/catalogue/transitions/from-skills.js';
import { type Relation, topSimilar } from '../../src/server/modules/catalogue/transitions/similarity.js';
import { buildSkillIndex } from '../../src/server/modules/catalogue/transitions/skill-index.js';

const rel = (occupation: string, essential: string[], optional: string[] = []): Relation[] => [
  ...essential.map((skill) => ({ occupation, skill, essential: true })),
  ...optional.map((skill) => ({ occupation, skill, essential: false })),
];

const relations = [
  ...rel('baker', ['dough', 'ovens', 'hygiene'], ['sales']),
  ...rel('pastry', ['dough', 'sugar', 'hygiene'], ['ovens']),
  ...rel('cook', ['knives', 'hygiene', 'ovens'], ['menus']),
  ...rel('cashier', ['sales', 'till'], ['hygiene']),
  ...rel('driver', ['licence', 'routes']),
  // A person's ticked skills, as an occupation with only essential skills: the two measures must agree.
  ...rel('person', ['dough', 'ovens', 'sales']),
];

describe('transitions from ticked skills', () => {
  it('scores occupations exactly as the precomputed transitions do (ticked skills weigh as essential)', () => {
    const stored = topSimilar(relations, 10).filter((s) => s.from === 'person');
    const live = rankFromSkills(buildSkillIndex(relations), ['dough', 'ovens', 'sales']).filter(
      (r) => r.uri !== 'person',
    );
    expect(live.map((r) => r.uri)).toEqual(stored.map((s) => s.to));
    for (const [i, r] of live.entries()) expect(r.score).toBeCloseTo(stored[i]?.score ?? -1, 10);
  });

  it('ranks essential matches above optional ones and ignores unknown skills', () => {
    const index = buildSkillIndex(relations.filter((r) => r.occupation !== 'person'));
    const ranked = rankFromSkills(index, ['dough', 'sugar', 'nonexistent']);
    expect(ranked[0]?.uri).toBe('pastry');
    expect(ranked.map((r) => r.uri)).not.toContain('driver');
    expect(rankFromSkills(index, ['nonexistent'])).toEqual([]);
  });
});
