import type { Database, DbOrTx } from '../../../db/client.js';
import { escoImports } from '../../../db/schema/catalogue.js';
import { rebuildEscoSearchDocs } from '../search/index-builder.js';
import { computeTransitions } from '../transitions/compute.js';
import { type EscoFile, type EscoFileKind, findEscoFiles, readCsv, readEscoVersions, splitLines } from './csv-files.js';
import {
  addToCollection,
  type IscoRow,
  type OccupationRow,
  type RelationRow,
  type SkillRow,
  upsertIscoGroups,
  upsertOccupations,
  upsertRelations,
  upsertSkills,
} from './upsert.js';

export type ImportProgress = (event: { file: string; rows: number; done: boolean }) => void;
export type EscoImportResult = {
  counts: Record<string, number>;
  versions: Record<string, string>;
  durationMs: number;
  transitionsMs: number;
};

const BATCH = 2000;
// Occupations and skills first (relations and collections refer to them), English before other languages.
const ORDER: EscoFileKind[] = [
  'ISCOGroups',
  'occupations',
  'skills',
  'greenSkillsCollection',
  'digitalSkillsCollection',
  'transversalSkillsCollection',
  'languageSkillsCollection',
  'occupationSkillRelations',
];
const COLLECTION: Partial<Record<EscoFileKind, string>> = {
  greenSkillsCollection: 'green',
  digitalSkillsCollection: 'digital',
  transversalSkillsCollection: 'transversal',
  languageSkillsCollection: 'language',
};

const text = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : null);
const byLang = (lang: string, v: string | undefined): Record<string, string> => {
  const t = text(v);
  return t ? { [lang]: t } : {};
};
const listByLang = (lang: string, v: string | undefined): Record<string, string[]> => {
  const list = splitLines(v);
  return list.length > 0 ? { [lang]: list } : {};
};

function toRow(kind: EscoFileKind, lang: string, r: Record<string, string>) {
  const base = {
    uri: r.conceptUri ?? '',
    labels: byLang(lang, r.preferredLabel),
    alt: listByLang(lang, r.altLabels),
    descriptions: byLang(lang, r.description),
  };
  if (kind === 'occupations') return { ...base, code: text(r.code), isco: text(r.iscoGroup) } satisfies OccupationRow;
  if (kind === 'skills')
    return { ...base, skillType: text(r.skillType), reuseLevel: text(r.reuseLevel) } satisfies SkillRow;
  return { uri: base.uri, code: r.code ?? '', labels: base.labels } satisfies IscoRow;
}

async function writeBatch(tx: DbOrTx, file: EscoFile, rows: unknown[]) {
  if (rows.length === 0) return;
  const collection = COLLECTION[file.kind];
  if (file.kind === 'occupations') await upsertOccupations(tx, rows as OccupationRow[]);
  else if (file.kind === 'skills') await upsertSkills(tx, rows as SkillRow[]);
  else if (file.kind === 'ISCOGroups') await upsertIscoGroups(tx, rows as IscoRow[]);
  else if (file.kind === 'occupationSkillRelations') await upsertRelations(tx, rows as RelationRow[]);
  else if (collection) await addToCollection(tx, collection, rows as string[]);
}

function rowFor(file: EscoFile, r: Record<string, string>): unknown {
  if (file.kind === 'occupationSkillRelations') {
    if (!r.occupationUri || !r.skillUri) return undefined;
    return { occ: r.occupationUri, skill: r.skillUri, rel: r.relationType === 'essential' ? 'essential' : 'optional' };
  }
  if (!r.conceptUri) return undefined;
  if (COLLECTION[file.kind]) return r.conceptUri;
  return toRow(file.kind, file.lang ?? 'en', r);
}

/** Imports one file in one transaction, in batches; a file either lands whole or not at all. */
async function importFile(database: Database, file: EscoFile, progress: ImportProgress): Promise<number> {
  let count = 0;
  await database.db.transaction(async (tx) => {
    let batch: unknown[] = [];
    for await (const r of readCsv(file.file)) {
      const row = rowFor(file, r);
      if (row === undefined) continue;
      batch.push(row);
      count++;
      if (batch.length >= BATCH) {
        await writeBatch(tx, file, batch);
        batch = [];
        progress({ file: file.file, rows: count, done: false });
      }
    }
    await writeBatch(tx, file, batch);
  });
  progress({ file: file.file, rows: count, done: true });
  return count;
}

/**
 * Imports the ESCO CSV exports found under `folder` (any subset of languages): upserts by concept URI,
 * rebuilds the search documents, precomputes career transitions and records the versions.
 */
export async function importEsco(
  database: Database,
  folder: string,
  options: { progress?: ImportProgress; versions?: Record<string, string> } = {},
): Promise<EscoImportResult> {
  const started = performance.now();
  const progress = options.progress ?? (() => undefined);
  const files = findEscoFiles(folder).sort(
    (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.lang === 'en' ? -1 : b.lang === 'en' ? 1 : 0),
  );
  if (files.length === 0) throw new Error(`no ESCO CSV files in ${folder}`);
  const counts: Record<string, number> = {};
  for (const file of files) {
    const key = file.lang ? `${file.kind}_${file.lang}` : file.kind;
    counts[key] = await importFile(database, file, progress);
  }
  const langs = [...new Set(files.flatMap((f) => (f.lang ? [f.lang] : [])))];
  const versions = { ...readEscoVersions(folder, langs), ...options.versions };
  progress({ file: 'search index', rows: 0, done: false });
  await database.db.transaction((tx) => rebuildEscoSearchDocs(tx));
  progress({ file: 'search index', rows: 0, done: true });
  const t0 = performance.now();
  await computeTransitions(database.db);
  const transitionsMs = Math.round(performance.now() - t0);
  progress({ file: 'career transitions', rows: 0, done: true });
  const durationMs = Math.round(performance.now() - started);
  await database.db.insert(escoImports).values({ versions, counts, folder, durationMs });
  return { counts, versions, durationMs, transitionsMs };
}
