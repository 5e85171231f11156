import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { startServiceWorker } from '@/platform/service-worker';
import { AppRoutes } from './router';
import '@/ui/base.css';
import '@/ui/components.css';
import './layout.css';

function mount(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>,
  );
  startServiceWorker();
}

// index.html requests this script only after the prerendered home has painted (prerender-plugin).
mount();
