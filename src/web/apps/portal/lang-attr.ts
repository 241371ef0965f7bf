/** The `lang` attribute for a text in `lang` shown in an interface in `current`: only where they differ. */
export const langAttr = (lang: string, current: string) => (lang === current ? undefined : lang);
