/**
 * Build time only (the Vite plugin in src/app/prerender-plugin.ts): the home screen as static HTML,
 * so the first paint is the real screen — no wait for JavaScript, no layout shift when React
 * takes over with the same markup.
 */
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { HomePage } from '@/features/home/home-page';
import { AppFrame } from './app-frame';

export function renderHome(): string {
  return renderToString(
    <StaticRouter location="/">
      <AppFrame isPlayer={false}>
        <HomePage />
      </AppFrame>
    </StaticRouter>,
  );
}
