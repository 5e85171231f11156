import { StrictMode, startTransition } from 'react';
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
  // A transition, so React renders the app in slices that yield to the browser instead of one long
  // task: the prerendered home is on screen meanwhile (its links already work), so a tap or scroll
  // during start-up is answered at once.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </StrictMode>,
    );
  });
  startServiceWorker();
}

// index.html requests this script only after the prerendered home has painted (prerender-plugin).
mount();
