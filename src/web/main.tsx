import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { setSessionExpiredHandler } from './api/client.js';
import { createQueryClient } from './api/query-client.js';
import { AppRoutes } from './app-routes.js';
import { setupI18n } from './i18n/setup.js';
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/visits.css';

setSessionExpiredHandler(() => {
  if (window.location.pathname === '/login') return;
  const next = encodeURIComponent(window.location.pathname + window.location.search);
  window.location.assign(`/login?reason=expired&next=${next}`);
});

const root = document.getElementById('root');
if (root) {
  const i18n = await setupI18n();
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={createQueryClient()}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
