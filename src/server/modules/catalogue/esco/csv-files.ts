import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';

export type EscoFileKind =
  | 'occupations'
  | 'skills'
  | 'ISCOGroups'
  | 'greenSkillsCollection'
  | 'digitalSkillsCollection'
  | 'transversalSkillsCollection'
  | 'languageSkillsCollection'
  | 'occupationSkillRelations';

export type EscoFile = { kind: EscoFileKind; lang: string | undefined; file: string };

const LANG_FILE =
  /^(occupations|skills|ISCOGroups|greenSkillsCollection|digitalSkillsCollection|transversalSkillsCollection|languageSkillsCollection)_([a-z]{2,3})\.csv$/;

/** Finds the ESCO CSV files under a folder (any depth up to 2): one folder per language or the flat official download. */
export function findEscoFiles(folder: string, depth = 0): EscoFile[] {
  const found: EscoFile[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) {
      if (depth < 2) found.push(...findEscoFiles(file, depth + 1));
      continue;
    }
    const m = LANG_FILE.exec(name);
    if (m) found.push({ kind: m[1] as EscoFileKind, lang: m[2], file });
    else if (name === 'occupationSkillRelations.csv')
      found.push({ kind: 'occupationSkillRelations', lang: undefined, file });
  }
  return found;
}

/** Streams the rows of an RFC 4180 CSV file (header row, quoted multi-line fields) as objects. */
export async function* readCsv(file: string): AsyncGenerator<Record<string, string>> {
  const parser = createReadStream(file).pipe(
    parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  for await (const row of parser) yield row as Record<string, string>;
}

/** ESCO versions per language, read from a README table in the folder when there is one (`| \`en/\` | v1.1.1 |`). */
export function readEscoVersions(folder: string, langs: string[]): Record<string, string> {
  const versions: Record<string, string> = {};
  let readme = '';
  try {
    readme = readFileSync(path.join(folder, 'README.md'), 'utf8');
  } catch {
    // No README: versions stay "unknown" unless given on the command line.
  }
  for (const lang of [...langs, 'relations']) {
    const m = new RegExp(`\\|\\s*\`${lang}/?\`\\s*\\|\\s*(v[0-9][^|]*?)\\s*\\|`).exec(readme);
    versions[lang] = m?.[1] ?? 'unknown';
  }
  return versions;
}

export const splitLines = (value: string | undefined) =>
  (value ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
