import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPageHtml } from '../../src/server/platform/web-pages.js';

/** A tiny build: index.html naming the entry, and a manifest where the portal shares a chunk with the entry. */
function fakeBuild() {
  const dir = mkdtempSync(path.join(tmpdir(), 'atrium-web-pages-'));
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html>\n<html lang="fr" dir="ltr">\n  <head>\n    <script type="module" src="/assets/index-1.js"></script>\n  </head>\n  <body></body>\n</html>\n',
  );
  const manifest = {
    'index.html': { file: 'assets/index-1.js', imports: ['_react-1.js'], css: ['assets/index-1.css'] },
    '_react-1.js': { file: 'assets/react-1.js' },
    '_layout-1.js': { file: 'assets/layout-1.js', imports: ['_react-1.js'] },
    'src/web/apps/portal/portal-app.tsx': {
      file: 'assets/portal-app-1.js',
      imports: ['_react-1.js', '_layout-1.js'],
      css: ['assets/portal-app-1.css'],
    },
    'locales/nl/common.json': { file: 'assets/common-nl.js' },
    'locales/nl/catalogue.json': { file: 'assets/catalogue-nl.js' },
    'locales/fr/catalogue.json': { file: 'assets/catalogue-fr.js' },
  };
  writeFileSync(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('page HTML with preloads', () => {
  const pageHtml = createPageHtml(fakeBuild(), ['fr', 'nl', 'en']);

  it('names the portal chunk, its imports, CSS, catalogues in the language and first API call', () => {
    const html = pageHtml('/portal/search', 'nl') ?? '';
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/portal-app-1.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/layout-1.js">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/portal-app-1.css">');
    expect(html).toContain('href="/assets/common-nl.js"');
    expect(html).toContain('href="/assets/catalogue-nl.js"');
    expect(html).not.toContain('catalogue-fr.js');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/api/sites/brussels/public">');
    // Already named by the entry: not twice.
    expect(html).not.toContain('href="/assets/react-1.js"');
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it("names an occupation page's own API call, for an ESCO id only", () => {
    const id = '1aadb308-432a-4d01-b54b-b4f7f76dd419';
    const uri = encodeURIComponent(`http://data.europa.eu/esco/occupation/${id}`);
    expect(pageHtml(`/portal/occupations/${id}`, 'en')).toContain(
      `<link rel="preload" as="fetch" crossorigin href="/api/catalogue/occupations/${uri}?lang=en">`,
    );
    expect(pageHtml('/portal/occupations/%22%3E%3Cscript%3E', 'en')).not.toContain('/api/catalogue/occupations/');
    expect(pageHtml('/portal', 'en')).not.toContain('/api/catalogue/occupations/');
  });

  it('names the search call of a search results page, for occupations only', () => {
    expect(pageHtml('/portal/search?q=boulang%C3%A8re%20%22x%22', 'fr')).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/catalogue/search?q=boulang%C3%A8re+%22x%22&amp;lang=fr&amp;type=occupation&amp;limit=20&amp;site=brussels">',
    );
    expect(pageHtml('/portal/search?q=x&type=training', 'fr')).not.toContain('/api/catalogue/search');
    expect(pageHtml('/portal/search?q=%20', 'fr')).not.toContain('/api/catalogue/search');
  });

  it('leaves other pages to the plain index.html', () => {
    expect(pageHtml('/portal', 'fr')).toContain('catalogue-fr.js');
    expect(pageHtml('/kiosk/x', 'fr')).toBeUndefined();
    expect(pageHtml('/portalx', 'fr')).toBeUndefined();
    expect(pageHtml('/', 'fr')).toBeUndefined();
  });
});
