/**
 * Trigram similarity as pg_trgm computes it (each word padded with two spaces before and one after,
 * the set of its three-letter pieces; similarity = shared / union), over an inverted index of labels kept
 * in memory, so a typo-tolerant look-up over every ESCO label costs a few milliseconds.
 */
export function trigrams(text: string): string[] {
  const set = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return [...set];
}

/** pg_trgm `similarity(a, b)`. */
export function similarity(a: string, b: string): number {
  const ta = new Set(trigrams(a));
  const tb = trigrams(b);
  if (ta.size === 0 || tb.length === 0) return 0;
  let shared = 0;
  for (const t of tb) if (ta.has(t)) shared++;
  return shared / (ta.size + tb.length - shared);
}

export type TrigramIndex = {
  /** trigram → ids of the labels that contain it. */
  postings: Map<string, Int32Array>;
  /** number of distinct trigrams of each label. */
  sizes: Uint16Array;
};

export function buildTrigramIndex(labels: readonly string[]): TrigramIndex {
  const lists = new Map<string, number[]>();
  const sizes = new Uint16Array(labels.length);
  labels.forEach((label, id) => {
    const ts = trigrams(label);
    sizes[id] = Math.min(ts.length, 65_535);
    for (const t of ts) {
      const list = lists.get(t);
      if (list) list.push(id);
      else lists.set(t, [id]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [t, list] of lists) postings.set(t, Int32Array.from(list));
  return { postings, sizes };
}

function contains(list: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] ?? 0;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Labels whose similarity to `query` is at least `threshold` (pg_trgm's `%`), with that similarity.
 * A label reaching the threshold shares at least ⌈threshold × |query trigrams|⌉ trigrams with the query, so
 * it appears in one of the rarest lists but that many minus one: only those are candidates, and each is then
 * looked up (binary search; the lists are sorted) in the other lists.
 */
export function similarLabels(index: TrigramIndex, query: string, threshold: number): Map<number, number> {
  const qs = trigrams(query);
  const out = new Map<number, number>();
  const need = Math.max(1, Math.ceil(threshold * qs.length));
  const lists = qs
    .map((t) => index.postings.get(t))
    .filter((l): l is Int32Array => l !== undefined)
    .sort((a, b) => a.length - b.length);
  const prefix = lists.length - need + 1;
  if (prefix <= 0) return out;
  const counts = new Uint16Array(index.sizes.length);
  const touched: number[] = [];
  for (let i = 0; i < prefix; i++)
    for (const id of lists[i] ?? []) {
      const n = counts[id] ?? 0;
      if (n === 0) touched.push(id);
      counts[id] = n + 1;
    }
  const rest = lists.length - prefix;
  for (const id of touched) {
    const size = index.sizes[id] ?? 0;
    let shared = counts[id] ?? 0;
    const most = shared + rest;
    if (most / (qs.length + size - most) < threshold) continue;
    for (let i = prefix; i < lists.length; i++) if (contains(lists[i] as Int32Array, id)) shared++;
    const sim = shared / (qs.length + size - shared);
    if (sim >= threshold) out.set(id, sim);
  }
  return out;
}
