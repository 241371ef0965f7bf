import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEscoIndex,
  compoundParts,
  type DocRow,
  parseTsvector,
  unpack,
} from '../../src/server/modules/catalogue/search/esco-index.js';
import { type QueryGroup, rankEsco } from '../../src/server/modules/catalogue/search/esco-rank.js';
import { buildTrigramIndex, similarity, similarLabels } from '../../src/server/modules/catalogue/search/trigram.js';

describe('trigram similarity', () => {
  it.each([
    ['boulanger', 'boulangr', 0.5833333],
    ['software developer', 'developpeur de logiciels', 0.2],
    ['infirmiere', 'infirmier de soins generaux', 0.3],
    ['a b', 'ab', 0.16666667],
  ])('similarity(%s, %s) is pg_trgm’s %f', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 6);
  });

  it('finds through the index exactly the labels a full scan finds', () => {
    const word = fc.stringMatching(/^[a-e]{1,6}$/);
    const label = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 30 }), label, (labels, query) => {
        const found = similarLabels(buildTrigramIndex(labels), query, 0.3);
        labels.forEach((l, id) => {
          const sim = similarity(l, query);
          if (sim >= 0.3) expect(found.get(id)).toBeCloseTo(sim, 9);
          else expect(found.has(id)).toBe(false);
        });
      }),
    );
  });
});

describe('ESCO ranking', () => {
  it('reads a tsvector’s counts per part', () => {
    const { words, length } = parseTsvector("'bake':1A,7 'bread':2A,3C 'dough':5");
    expect(unpack(words.get('bread') ?? 0)).toEqual([0, 1, 0, 1]);
    expect(unpack(words.get('bake') ?? 0)).toEqual([1, 0, 0, 1]);
    expect(length).toBe(5);
  });

  const doc = (kind: string, ref: string, title: string, tsv: string): DocRow => ({
    kind,
    ref,
    lang: 'en',
    title,
    title_lang: 'en',
    tsv,
    simple_tsv: `'${title}':1A`,
  });
  const index = buildEscoIndex(
    [
      doc('occupation', 'o:baker', 'baker', "'baker':1A 'oven':4"),
      doc('occupation', 'o:cook', 'cook', "'cook':1A 'meal':4"),
      doc('occupation', 'o:painter', 'painter', "'painter':1A 'wall':3"),
      doc('occupation', 'o:driver', 'driver', "'driver':1A"),
      doc('skill', 's:bread', 'bake bread', "'bake':1A 'bread':2A"),
      doc('skill', 's:meals', 'cook meals', "'cook':1A 'meal':2A"),
      doc('skill', 's:walls', 'paint walls', "'paint':1A 'wall':2A"),
    ],
    [
      { kind: 'occupation', ref: 'o:baker', label: 'baker', preferred: 1 },
      { kind: 'occupation', ref: 'o:cook', label: 'cook', preferred: 1 },
      { kind: 'occupation', ref: 'o:painter', label: 'painter', preferred: 1 },
      { kind: 'occupation', ref: 'o:driver', label: 'driver', preferred: 1 },
    ],
    [
      { occupation: 'o:baker', skill: 's:bread', essential: true },
      { occupation: 'o:cook', skill: 's:bread', essential: false },
      { occupation: 'o:cook', skill: 's:meals', essential: true },
      { occupation: 'o:painter', skill: 's:walls', essential: true },
    ],
  );
  const groups = (...words: string[]): QueryGroup[] => words.map((w) => ({ terms: [{ word: w, stems: { en: w } }] }));
  const rank = (text: string, g: QueryGroup[]) =>
    rankEsco(index, { text, groups: g, lang: 'en', kind: 'occupation' }).map((h) => index.refs[h.entity]);

  it('carries a skill match to the occupations that need it, essential above optional', () => {
    expect(rank('bake bread', groups('bake', 'bread'))).toEqual(['o:baker', 'o:cook']);
  });

  it('finds a title with a typo through the labels', () => {
    expect(rank('paintr', groups('paintr'))[0]).toBe('o:painter');
  });

  it('ranks the occupation whose own document holds the words above one reached only through a skill', () => {
    // "wall" is in the painter's description and in a skill of the painter; "meal" in the cook's.
    expect(rank('walls', groups('wall'))[0]).toBe('o:painter');
    expect(rank('meals', groups('meal'))).toEqual(['o:cook']);
  });

  it('puts the occupation whose title is the query first, even when another has it as a label and more often', () => {
    const titled = buildEscoIndex(
      [
        doc('occupation', 'o:operator', 'baking operator', "'baking':1A 'operator':2A 'boulanger':3B,5C,7C 'bread':4"),
        doc('occupation', 'o:baker', 'boulanger/boulangère', "'boulanger':1A 'boulangere':2A"),
      ],
      [
        { kind: 'occupation', ref: 'o:operator', label: 'baking operator', preferred: 1 },
        { kind: 'occupation', ref: 'o:operator', label: 'boulanger', preferred: 0 },
        { kind: 'occupation', ref: 'o:baker', label: 'boulanger boulangere', preferred: 1 },
        { kind: 'occupation', ref: 'o:baker', label: 'boulanger', preferred: 0 },
      ],
      [],
    );
    const ranked = rankEsco(titled, { text: 'boulanger', groups: groups('boulanger'), lang: 'en', kind: 'occupation' });
    expect(ranked.map((h) => titled.refs[h.entity])).toEqual(['o:baker', 'o:operator']);
  });

  it('puts an occupation named inside a longer query above one that matches more of its words', () => {
    const named = buildEscoIndex(
      [
        doc('occupation', 'o:cook', 'cook', "'cook':1A 'kitchen':4"),
        doc('occupation', 'o:fish', 'fish cook', "'fish':1A 'cook':2A 'meal':3 'restaurant':4"),
      ],
      [],
      [],
    );
    const q = (text: string, ...words: string[]) =>
      rankEsco(named, { text, groups: groups(...words), lang: 'en', kind: 'occupation' }).map(
        (h) => named.refs[h.entity],
      );
    expect(q('cook meals in a restaurant', 'cook', 'meal', 'restaurant')).toEqual(['o:cook', 'o:fish']);
    // without its title in the query, the one that matches more of it leads
    expect(q('prepare meals in a restaurant', 'prepare', 'meal', 'restaurant')).toEqual(['o:fish']);
  });

  it('splits Dutch compounds into the words of the vocabulary they are made of', () => {
    const words = new Set([
      'huis',
      'schilder',
      'vrachtwag',
      'chauffeur',
      'verkop',
      'medewerker',
      'tuin',
      'bouw',
      'tuinbouw',
    ]);
    const known = (w: string) => words.has(w);
    expect(compoundParts('huisschilder', known)).toEqual(['huis', 'schilder']);
    expect(compoundParts('vrachtwagenchauffeur', known)).toEqual(['vrachtwag', 'chauffeur']);
    expect(compoundParts('verkoopmedewerker', known)).toEqual(['verkop', 'medewerker']);
    expect(compoundParts('tuinbouwmedewerker', known)).toEqual(['tuinbouw', 'medewerker', 'tuin', 'bouw']);
    expect(compoundParts('schilder', known)).toEqual([]);
    expect(compoundParts('kapper', (w) => w === 'kap' || w === 'per')).toEqual([]);
  });

  it('finds a Dutch compound title through its parts', () => {
    const nl = (ref: string, title: string, tsv: string): DocRow => ({
      kind: 'occupation',
      ref,
      lang: 'nl',
      title,
      title_lang: 'nl',
      tsv,
      simple_tsv: `'${title}':1A`,
    });
    const dutch = buildEscoIndex(
      [
        nl('o:painter', 'huisschilder', "'huisschilder':1A 'verf':3"),
        nl('o:estate', 'makelaar', "'makelaar':1A 'huis':4 'verkop':5"),
        nl('o:artist', 'kunstschilder', "'kunstschilder':1A 'schilder':3 'doek':4"),
        nl('o:cook', 'kok', "'kok':1A 'huis':3 'schilder':4"),
      ],
      [],
      [],
    );
    const nlGroups = (...ws: string[]): QueryGroup[] => ws.map((w) => ({ terms: [{ word: w, stems: { nl: w } }] }));
    const ranked = rankEsco(dutch, {
      text: 'huis schilder',
      groups: nlGroups('huis', 'schilder'),
      lang: 'nl',
      kind: null,
    });
    expect(dutch.refs[ranked[0]?.entity ?? -1]).toBe('o:painter');
  });

  it('lends a broader occupation the text score of its narrower ones (ESCO codes)', () => {
    const tree = buildEscoIndex(
      [
        doc('occupation', 'o:cook', 'cook', "'cook':1A 'kitchen':3"),
        doc('occupation', 'o:fishcook', 'fish cook', "'fish':1A 'cook':2A 'fish':3,4"),
        doc('occupation', 'o:fishmonger', 'fishmonger', "'fishmonger':1A 'fish':3"),
      ],
      [],
      [],
      [
        { ref: 'o:cook', code: '5120.1' },
        { ref: 'o:fishcook', code: '5120.1.2' },
        { ref: 'o:fishmonger', code: '5223.9' },
      ],
    );
    const ranked = rankEsco(tree, { text: 'fish', groups: groups('fish'), lang: 'en', kind: 'occupation' });
    const order = ranked.map((h) => tree.refs[h.entity]);
    expect(order[0]).toBe('o:fishcook');
    expect(order).toContain('o:cook');
    // without the hierarchy the cook is not found at all
    const flat = buildEscoIndex(
      [
        doc('occupation', 'o:cook', 'cook', "'cook':1A"),
        doc('occupation', 'o:fishcook', 'fish cook', "'fish':1A 'cook':2A"),
      ],
      [],
      [],
    );
    expect(
      rankEsco(flat, { text: 'fish', groups: groups('fish'), lang: 'en', kind: 'occupation' }).map(
        (h) => flat.refs[h.entity],
      ),
    ).toEqual(['o:fishcook']);
  });

  it('puts the general occupation of a family named by the query first: the medoid of their skill vectors', () => {
    // Four nurses hold "nurse" in their titles; the general one shares skills with the two specialised ones,
    // the veterinary nurse shares none and has the label closest to the query.
    const family = buildEscoIndex(
      [
        doc('occupation', 'o:general', 'nurse responsible for general care', "'nurs':1A,5,6 'general':2A 'care':3A"),
        doc('occupation', 'o:specialist', 'specialist nurse', "'specialist':1A 'nurs':2A,5,7"),
        doc('occupation', 'o:advanced', 'advanced nurse practitioner', "'advanc':1A 'nurs':2A 'practition':3A"),
        doc('occupation', 'o:vet', 'veterinary nurse', "'veterinari':1A 'nurs':2A,4,6,8"),
        doc('occupation', 'o:other', 'other', "'other':1A"),
      ],
      [{ kind: 'occupation', ref: 'o:vet', label: 'nurse vet', preferred: 0 }],
      ['s:assess', 's:medicate', 's:care', 's:wound'].flatMap((skill) => [
        { occupation: 'o:general', skill, essential: true },
        ...(skill === 's:wound' ? [] : [{ occupation: 'o:specialist', skill, essential: true }]),
        ...(skill === 's:care' ? [] : [{ occupation: 'o:advanced', skill, essential: true }]),
        { occupation: 'o:other', skill: 's:other', essential: true },
        { occupation: 'o:vet', skill: 's:animals', essential: true },
      ]),
    );
    const ranked = (text: string, g: QueryGroup[]) =>
      rankEsco(family, { text, groups: g, lang: 'en', kind: 'occupation' }).map((h) => family.refs[h.entity]);
    expect(ranked('nurse', groups('nurs'))[0]).toBe('o:general');
    // a name typed whole keeps its occupation first
    expect(ranked('nurse vet', groups('nurs', 'vet'))[0]).toBe('o:vet');
  });
});
