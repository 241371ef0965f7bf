import type { ReactNode } from 'react';
import type { Column } from '../../../ui/data-table.js';
import type { FieldSpec } from './form-spec.js';
import type { CustomControl } from './resource-form.js';

/** Everything the generic list / create / edit screens need to know about one kind of resource. */
export type ResourceDef<T> = {
  /** Section of the admin catalogue ("organisations") and the query key. */
  resource: string;
  listUrl: string;
  createUrl?: string;
  itemUrl: (item: T) => string;
  routeId: (item: T) => string;
  title: (item: T) => string;
  fields: FieldSpec[];
  defaults: unknown;
  columns: Column<T>[];
  readOnlyOnEdit?: readonly string[];
  custom?: Record<string, CustomControl>;
  /** What the list's search box matches; defaults to the title. */
  searchText?: (item: T) => string;
  /** Optional filter controls above the list. */
  filter?: ListFilter<T>;
  /** What to show after a create instead of going back to the list (e.g. a one-time link). */
  afterCreate?: (result: unknown) => ReactNode;
};

export type FilterState = Record<string, string>;
export type ListFilter<T> = {
  initial: FilterState;
  controls: (state: FilterState, set: (key: string, value: string) => void) => ReactNode;
  apply: (items: T[], state: FilterState) => T[];
};
