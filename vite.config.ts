import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/app/build/csp-plugin.ts';
import { prerenderHome } from './src/app/build/prerender-plugin.ts';
import { routineCards } from './src/app/build/routine-cards-plugin.ts';
import { kneewiseContent } from './src/content/vite-plugin.ts';

const THEME = '#0f5c4d';

export default defineConfig({
  plugins: [
    kneewiseContent(),
    routineCards(),
    react(),
    prerenderHome(),
    // Meta in the built HTML and headers from `npm start`, hashed from the final HTML (decision 006).
    contentSecurityPolicy(),
    VitePWA({
      // Never reload by itself: a session may be running. The app shows "Reload to update".
      registerType: 'prompt',
      injectRegister: false,
      // The glob below precaches the icons and public files (and the plugin adds the manifest):
      // listing them here as well stored each of them twice.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Kneewise — knee-friendly hip mobility',
        short_name: 'Kneewise',
        description: 'Guided hip-mobility sessions that spare the knee. Works offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // Not locked: a phone on its side (or a tablet) shows the app in landscape too (WCAG 1.3.4).
        orientation: 'any',
        theme_color: THEME,
        background_color: '#f7f5f0',
        categories: ['health', 'fitness'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Long-press the icon. Today's routine opens home, not the player: home holds the session back
        // when a red flag is on record, and a shortcut must not go round that.
        shortcuts: [
          {
            name: 'Today’s routine',
            short_name: 'Today',
            url: '/?from=shortcut',
            icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
          },
          { name: 'Log knee pain', short_name: 'Knee pain', url: '/check', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
        ],
        // The richer install prompt (tests/shots/manifest-screenshots.spec.ts makes them).
        screenshots: [
          {
            src: '/screenshots/home-narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Today’s routine on a phone',
          },
          {
            src: '/screenshots/library-wide.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'The exercise library',
          },
        ],
      },
      workbox: {
        // Everything the app can show offline: code, content chunks, the favicon.
        globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
        // The install prompt's screenshots, the manifest's icons and iOS's home-screen icon are fetched by
        // the browser when it installs the app (online, and kept by the system), never shown by the app's
        // pages offline; robots.txt is read by crawlers, which never run the service worker.
        globIgnores: ['screenshots/**', 'icons/**', 'apple-touch-icon.png', 'robots.txt'],
        // Deep links (/exercises/x) are client routes: serve the app shell for any navigation.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/sw\.js$/, /^\/workbox-/],
        // First visit: take control at once so the page works offline without a second load.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
