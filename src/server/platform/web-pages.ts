import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_FACETS } from '../../common/catalogue/schemas.js';
import { portalSearchUrl } from '../../common/catalogue/search-url.js';
import type { Language } from '../../common/domain.js';

/** One chunk of Vite's build manifest (dist/web/.vite/manifest.json), keyed by source path. */
type ManifestChunk = { file: string; imports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;

/**
 * Pages whose app chunk, catalogues and first API response the HTML names up front, so the browser fetches them
 * in parallel with the entry instead of one round trip after another (entry → app chunk → catalogues → data).
 */
const PRELOADED_APPS: readonly {
  prefix: string;
  source: string;
  namespaces: readonly string[];
  fetches: readonly string[];
  /** The page's own first API call, exactly as the browser app asks for it (see its *-api.ts). */
  pageFetch?: (url: URL, lang: Language) => string | undefined;
}[] = [
  {
    prefix: '/portal',
    source: 'src/web/apps/portal/portal-app.tsx',
    namespaces: ['common', 'public', 'catalogue'],
    fetches: ['/api/sites/brussels/public'],
    pageFetch({ pathname, searchParams }, lang) {
      // search-page.tsx and portal-api.ts useSearch: occupations (the default type) for a non-empty query, with no
      // facet chosen.
      const q = searchParams.get('q') ?? '';
      if (
        pathname === '/portal/search' &&
        q.trim() !== '' &&
        (searchParams.get('type') ?? 'occupation') === 'occupation' &&
        !SEARCH_FACETS.some((f) => searchParams.has(f))
      )
        return portalSearchUrl(q, lang, 'occupation', 'brussels');
      // portal-api.ts useOccupation: the ESCO id is a UUID, so nothing else reaches the HTML.
      const id = /^\/portal\/occupations\/([0-9a-f-]{36})$/.exec(pathname)?.[1];
      if (!id) return undefined;
      return `/api/catalogue/occupations/${encodeURIComponent(`http://data.europa.eu/esco/occupation/${id}`)}?lang=${lang}`;
    },
  },
];

/** The URLs come from URLSearchParams and encodeURIComponent: `&` is the one character left to escape. */
const preloadFetch = (url: string) =>
  `<link rel="preload" as="fetch" crossorigin href="${url.replaceAll('&', '&amp;')}">`;

function readManifest(webDistDir: string): Manifest | undefined {
  const file = path.join(webDistDir, '.vite/manifest.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The chunk's own file, then every file it imports statically (depth first), each once. */
function chunkFiles(manifest: Manifest, key: string, seen = new Set<string>()): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) return;
    js.push(chunk.file);
    css.push(...(chunk.css ?? []));
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(key);
  return { js, css };
}

/**
 * The index.html variants for the preloaded apps (per interface language, for the catalogue chunks), built once
 * per build of the web apps. The returned function gives undefined for pages served with the plain index.html.
 */
export function createPageHtml(webDistDir: string, languages: readonly Language[]) {
  const index = path.join(webDistDir, 'index.html');
  let built: { mtime: number; pages: Map<string, string> } | undefined;
  return (requestUrl: string, lang: Language): string | undefined => {
    const url = new URL(requestUrl, 'http://page.invalid');
    const pathname = url.pathname;
    const app = PRELOADED_APPS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
    if (!app) return undefined;
    try {
      const mtime = statSync(index).mtimeMs;
      if (built?.mtime !== mtime) built = { mtime, pages: buildPages(webDistDir, languages) };
      const html = built.pages.get(`${app.prefix} ${lang}`);
      const own = app.pageFetch?.(url, lang);
      return own ? html?.replace('</head>', `  ${preloadFetch(own)}\n  </head>`) : html;
    } catch {
      return undefined; // a build in progress: the plain index.html
    }
  };
}

function buildPages(webDistDir: string, languages: readonly Language[]) {
  const manifest = readManifest(webDistDir);
  const indexHtml = readFileSync(path.join(webDistDir, 'index.html'), 'utf8');
  const pages = new Map<string, string>();
  if (manifest) {
    // What the entry already names in index.html is not named twice.
    const already = chunkFiles(manifest, 'index.html');
    for (const app of PRELOADED_APPS) {
      const { js, css } = chunkFiles(manifest, app.source);
      for (const lang of languages) {
        const catalogues = app.namespaces
          .map((ns) => manifest[`locales/${lang}/${ns}.json`]?.file)
          .filter((f): f is string => f !== undefined);
        const links = [
          ...css.filter((f) => !already.css.includes(f)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
          ...[...js, ...catalogues]
            .filter((f) => !already.js.includes(f))
            .map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
          ...app.fetches.map(preloadFetch),
        ];
        const html = indexHtml
          .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
          .replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
        pages.set(`${app.prefix} ${lang}`, html);
      }
    }
  }
  return pages;
}
