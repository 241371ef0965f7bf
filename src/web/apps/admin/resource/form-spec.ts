import type { Option } from '../../../ui/select-field.js';

/** What one form control edits; `name` is the dotted path in the API body ("timeLimits.computerMinutes"). */
export type FieldSpec =
  | { kind: 'text'; name: string; type?: 'text' | 'email' | 'url' | 'date' | 'color'; nullable?: boolean }
  | { kind: 'number'; name: string; nullable?: boolean }
  | { kind: 'localized'; name: string }
  | { kind: 'select'; name: string; options: Option[]; nullable?: boolean }
  | { kind: 'multi'; name: string; options: Option[] }
  | { kind: 'boolean'; name: string }
  | { kind: 'custom'; name: string; empty: unknown };

export type FormValues = Record<string, unknown>;
export const LOCALES = ['fr', 'nl', 'en'] as const;

export function getPath(source: unknown, path: string): unknown {
  let value: unknown = source;
  for (const part of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** Form values from an existing item (or from defaults when creating). */
export function valuesFrom(fields: FieldSpec[], item: unknown): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const v = getPath(item, f.name);
    if (f.kind === 'localized') for (const l of LOCALES) values[`${f.name}.${l}`] = String(getPath(v, l) ?? '');
    else if (f.kind === 'number' || f.kind === 'text' || f.kind === 'select')
      values[f.name] = v == null ? '' : String(v);
    else if (f.kind === 'multi') values[f.name] = Array.isArray(v) ? v : [];
    else if (f.kind === 'boolean') values[f.name] = v === true;
    else values[f.name] = v ?? f.empty;
  }
  return values;
}

/** The API body from form values; empty optional values become null, numbers are parsed. */
export function bodyFrom(
  fields: FieldSpec[],
  values: FormValues,
  omit: readonly string[] = [],
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    if (omit.includes(f.name)) continue;
    const v = values[f.name];
    if (f.kind === 'localized') for (const l of LOCALES) setPath(body, `${f.name}.${l}`, values[`${f.name}.${l}`]);
    else if (f.kind === 'number') setPath(body, f.name, v === '' ? (f.nullable ? null : undefined) : Number(v));
    else if (f.kind === 'text' || f.kind === 'select') setPath(body, f.name, v === '' && f.nullable ? null : v);
    else setPath(body, f.name, v);
  }
  return body;
}

/** The first server message for a field or anything inside it. */
export function errorFor(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return nested ? errors[nested] : undefined;
}
