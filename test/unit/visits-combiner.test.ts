import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Combiner } from '../../src/server/modules/visits/single-flight.js';

describe('Combiner (group commit for desk writes)', () => {
  it('writes a lone item at once, and items arriving during a write together in the next one', async () => {
    const batches: string[][] = [];
    let release: () => void = () => undefined;
    const combiner = new Combiner<string, string>(
      (k) => k,
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await new Promise<void>((r) => (release = r));
        return new Map(items.map((k) => [k, `done ${k}`]));
      },
    );
    const first = combiner.submit('a');
    const others = ['b', 'c', 'd'].map((k) => combiner.submit(k));
    await Promise.resolve();
    expect(batches).toEqual([['a']]);
    release();
    expect(await first).toBe('done a');
    expect(await Promise.all(others)).toEqual(['done b', 'done c', 'done d']);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never puts one key twice in a batch; answers each item from its own batch; a failed write fails its batch only', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.constantFrom('k1', 'k2', 'k3', 'k4'), { maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 8 }),
        async (waves, failAt) => {
          const batches: string[][] = [];
          const combiner = new Combiner<{ key: string; n: number }, string>(
            (i) => i.key,
            async (items) => {
              batches.push(items.map((i) => i.key));
              await new Promise((r) => setTimeout(r, 0));
              if (batches.length === failAt) throw new Error('write failed');
              // Answers all but k4 (as a write that changed nothing for it).
              return new Map(items.filter((i) => i.key !== 'k4').map((i) => [i.key, `${i.key}#${i.n}`]));
            },
          );
          const outcomes: Promise<string | undefined | Error>[] = [];
          let n = 0;
          for (const wave of waves) {
            for (const key of wave) {
              const item = { key, n: n++ };
              outcomes.push(combiner.submit(item).catch((e: Error) => e));
            }
            await new Promise((r) => setTimeout(r, 0));
          }
          const results = await Promise.all(outcomes);
          for (const batch of batches) expect(new Set(batch).size).toBe(batch.length);
          let i = 0;
          for (const wave of waves) {
            for (const key of wave) {
              const result = results[i];
              if (!(result instanceof Error)) expect(result).toBe(key === 'k4' ? undefined : `${key}#${i}`);
              i++;
            }
          }
          const failed = results.filter((r) => r instanceof Error).length;
          expect(failed).toBe(failAt > 0 && failAt <= batches.length ? (batches[failAt - 1]?.length ?? 0) : 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
