import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { ResourceDef } from './resource-def.js';
import { ResourceCreate, ResourceEdit } from './resource-editor.js';
import { ResourceList } from './resource-list.js';

/** list at "", create at "new", edit at ":id". */
export function ResourceRoutes<T>({ def, editExtra }: { def: ResourceDef<T>; editExtra?: (item: T) => ReactNode }) {
  return (
    <Routes>
      <Route index element={<ResourceList def={def} />} />
      <Route path="new" element={<ResourceCreate def={def} />} />
      <Route path=":id" element={<ResourceEdit def={def} {...(editExtra ? { extra: editExtra } : {})} />} />
    </Routes>
  );
}
