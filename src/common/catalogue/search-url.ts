/**
 * The portal's search call, as its results page makes it and as the server names it for preloading in the page
 * HTML: one builder, so the two are the very same URL (a preload is used only for that).
 */
export function portalSearchUrl(
  q: string,
  lang: string,
  type: string,
  site: string,
  facets: Record<string, string> = {},
) {
  return `/api/catalogue/search?${new URLSearchParams({ q, lang, type, limit: '20', site, ...facets })}`;
}
