import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/common/domain.js';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');

type Catalogue = { [key: string]: string | Catalogue };

const SEP = '\u241f';

/** Flattens a catalogue to key paths (keys may themselves contain dots, as in errors.json). */
function keysOf(node: Catalogue, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}${SEP}${key}` : key;
    return typeof value === 'string' ? [full] : keysOf(value, full);
  });
}

function load(lang: string, file: string): Catalogue {
  return JSON.parse(readFileSync(path.join(localesDir, lang, file), 'utf8')) as Catalogue;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

const namespaces = [...new Set(LANGUAGES.flatMap((lang) => readdirSync(path.join(localesDir, lang))))].sort();

describe('locale catalogues', () => {
  it('every language has the same namespace files', () => {
    for (const lang of LANGUAGES) expect(readdirSync(path.join(localesDir, lang)).sort(), lang).toEqual(namespaces);
  });

  describe.each(namespaces)('%s', (file) => {
    const catalogues = Object.fromEntries(LANGUAGES.map((lang) => [lang, load(lang, file)]));
    const all = [...new Set(LANGUAGES.flatMap((lang) => keysOf(catalogues[lang] ?? {})))].sort();

    it.each(LANGUAGES)('%s has every key of the other languages', (lang) => {
      const own = new Set(keysOf(catalogues[lang] ?? {}));
      expect(all.filter((key) => !own.has(key)).map(readable)).toEqual([]);
    });

    it('no text is empty and every language uses the same placeholders', () => {
      const problems: string[] = [];
      for (const key of all) {
        const texts = LANGUAGES.map((lang) => lookup(catalogues[lang], key));
        if (texts.some((text) => !text?.trim())) problems.push(`${readable(key)}: empty`);
        const expected = JSON.stringify(placeholders(texts[0] ?? ''));
        for (const [i, text] of texts.entries()) {
          if (JSON.stringify(placeholders(text ?? '')) !== expected)
            problems.push(`${readable(key)} (${LANGUAGES[i]}): placeholders`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});

function lookup(catalogue: Catalogue | undefined, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split(SEP)) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function readable(key: string): string {
  return key.split(SEP).join(' › ');
}
