import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, type Field, LANGUAGES } from '../../src/common/domain.js';
import { type Candidate, chooseNext, firstIsDue, type QueueRules } from '../../src/common/visits/queue-order.js';

const NO_RULES: QueueRules = { transferredFirst: false, ratios: [] };
const ticket = (id: string, field: Field, priorityAt: number, transferred = false): Candidate => ({
  id,
  field,
  language: 'fr',
  priorityAt,
  transferred,
});

const candidate = fc.record({
  id: fc.uuid(),
  field: fc.constantFrom(...FIELDS),
  language: fc.constantFrom(...LANGUAGES),
  priorityAt: fc.integer({ min: 0, max: 10_000 }),
  transferred: fc.boolean(),
});

describe('chooseNext', () => {
  it('gives nothing when nobody waits', () => {
    expect(chooseNext([], NO_RULES, {})).toBeUndefined();
  });

  it('gives the longest-waiting ticket, ties broken by id', () => {
    const list = [ticket('b', 'work', 30), ticket('c', 'train', 10), ticket('a', 'move', 10)];
    expect(chooseNext(list, NO_RULES, {})?.id).toBe('a');
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 20 }), (list) => {
        const chosen = chooseNext(list, NO_RULES, {});
        expect(list).toContain(chosen);
        expect(Math.min(...list.map((c) => c.priorityAt))).toBe(chosen?.priorityAt);
      }),
    );
  });

  it('gives a transferred ticket first when the rule is on, the oldest otherwise', () => {
    const list = [ticket('old', 'work', 1), ticket('moved', 'work', 50, true), ticket('moved2', 'train', 40, true)];
    expect(chooseNext(list, { transferredFirst: true, ratios: [] }, {})?.id).toBe('moved2');
    expect(chooseNext(list, NO_RULES, {})?.id).toBe('old');
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 20 }), (list) => {
        const chosen = chooseNext(list, { transferredFirst: true, ratios: [] }, {});
        expect(chosen?.transferred).toBe(list.some((c) => c.transferred));
      }),
    );
  });

  it('follows a 2:1 ratio as F F S F F S …', () => {
    const rules: QueueRules = { transferredFirst: false, ratios: [{ first: 'work', second: 'train', ratio: 2 }] };
    const calls: Partial<Record<Field, number>> = {};
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      // The second queue's head is always older: the ratio, not the age, decides.
      const chosen = chooseNext([ticket(`s${i}`, 'train', 0), ticket(`f${i}`, 'work', 100)], rules, calls);
      const field = chosen?.field as Field;
      order.push(field === 'work' ? 'F' : 'S');
      calls[field] = (calls[field] ?? 0) + 1;
    }
    expect(order.join(' ')).toBe('F F S F F S F F S F F S');
  });

  it('keeps the counts within the ratio over any run where both queues always have someone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), {
          minLength: 1,
          maxLength: 200,
        }),
        (ratio, ages) => {
          const rules: QueueRules = { transferredFirst: true, ratios: [{ first: 'create', second: 'move', ratio }] };
          let first = 0;
          let second = 0;
          for (const [a, b] of ages) {
            const chosen = chooseNext([ticket('x', 'create', a), ticket('y', 'move', b)], rules, {
              create: first,
              move: second,
            });
            if (chosen?.field === 'create') first++;
            else second++;
            // Within one call of the exact ratio: 0 ≤ first − ratio × second ≤ ratio.
            expect(first - ratio * second).toBeGreaterThanOrEqual(0);
            expect(first - ratio * second).toBeLessThanOrEqual(ratio);
          }
        },
      ),
    );
  });

  it('ignores a ratio when only one of its queues has someone waiting', () => {
    const rules: QueueRules = { transferredFirst: false, ratios: [{ first: 'work', second: 'train', ratio: 2 }] };
    expect(chooseNext([ticket('s', 'train', 5), ticket('o', 'move', 1)], rules, { work: 0 })?.id).toBe('o');
    expect(chooseNext([ticket('f', 'work', 5)], rules, { work: 10, train: 0 })?.id).toBe('f');
    // Other queues than the two of the rule still compete by age.
    const mixed = [ticket('f', 'work', 50), ticket('s', 'train', 40), ticket('o', 'move', 1)];
    expect(chooseNext(mixed, rules, {})?.id).toBe('o');
  });

  it('firstIsDue is true exactly when first < ratio × (second + 1)', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.integer({ min: 1, max: 5 }), (f, s, ratio) => {
        const due = firstIsDue({ first: 'work', second: 'train', ratio }, { work: f, train: s });
        expect(due).toBe(f < ratio * (s + 1));
      }),
    );
  });
});
