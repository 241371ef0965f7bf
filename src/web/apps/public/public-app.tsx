import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/not-found.js';
import { AccessibilityPage } from './accessibility-page.js';
import { HomePage } from './home-page.js';
import { PublicLayout } from './public-layout.js';

export function PublicApp() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="accessibility" element={<AccessibilityPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
