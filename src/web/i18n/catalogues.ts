import type { BackendModule, ReadCallback } from 'i18next';

/** Every catalogue file, one lazily loaded chunk each: locales/<lang>/<namespace>.json. */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json');

function loaderFor(lang: string, ns: string) {
  return loaders[`../../../locales/${lang}/${ns}.json`];
}

/** An i18next back end that reads the bundled catalogues. */
export const catalogueBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lang: string, ns: string, callback: ReadCallback) {
    const load = loaderFor(lang, ns);
    if (!load) {
      callback(new Error(`No catalogue ${lang}/${ns}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
