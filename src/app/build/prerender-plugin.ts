/**
 * Build-time Vite plugin: puts the prerendered home screen into index.html and inlines the entry
 * stylesheet, so the first paint needs one request and no JavaScript (DESIGN §5: LCP ≤ 1.2 s).
 * Every route is served this HTML (SPA fallback); an inline script hides the prerendered home
 * content on other routes until React has rendered the real screen (see reveal-app.ts).
 * Both inline scripts and the inlined styles are allowed by hash: csp-plugin.ts hashes the final HTML.
 */
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import { HOME_HINT_KEY, RED_FLAG_ATTRIBUTE } from '../../platform/home-hint.ts';
import { kneewiseContent } from '../../content/vite-plugin.ts';
import { routineCards } from './routine-cards-plugin.ts';

const BEFORE_PAINT = `(function(){try{var d=document.documentElement;if(location.pathname!=='/')d.setAttribute('data-prerender','hidden');var h=JSON.parse(localStorage.getItem('${HOME_HINT_KEY}')||'{}');if(h.isOnboarded)d.setAttribute('data-onboarded','');if(h.redFlag)d.setAttribute('${RED_FLAG_ATTRIBUTE}','')}catch(e){}})();`;

async function renderHome(): Promise<string> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // Rendering one component in Node: no browser dependency pre-bundling needed.
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [kneewiseContent(), routineCards()],
    resolve: { alias: { '@': fileURLToPath(new URL('../../', import.meta.url)) } },
  });
  try {
    const mod = (await server.ssrLoadModule('/src/app/prerender-home.tsx')) as { renderHome: () => string };
    return mod.renderHome();
  } finally {
    await server.close();
  }
}

/**
 * The entry script and its preloads are requested only after the prerendered page has painted:
 * the screen never waits for JavaScript, and its links work before the app starts.
 */
/** What the page says when the app's code could not be fetched, even after a reload. */
export const BOOT_FAILED = 'Kneewise couldn’t start: part of the app didn’t load. Check your connection, then reload the page.';

function startAfterFirstPaint(html: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry?.[1]) throw new Error('prerender: no entry script in index.html');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1] ?? '');
  const urls = JSON.stringify({ entry: entry[1], preloads });
  // If the entry can't be fetched (a dropped connection on a first visit), the page would stay an
  // empty shell: reload once to try again (only where sessionStorage can remember it, so never a loop), and if that fails too within half a minute, say so (on a
  // deep link, in place of the hidden prerendered home; on home, above it, whose links still work).
  const failed = `function failed(){var k='kneewise:boot-retry',r=false;try{r=Date.now()-(Number(sessionStorage.getItem(k))||0)>30000;if(r)sessionStorage.setItem(k,String(Date.now()))}catch(e){r=false}if(r){location.reload();return}var p=document.createElement('p');p.className='callout callout-caution boot-failed';p.setAttribute('role','alert');p.textContent=${JSON.stringify(BOOT_FAILED)};var d=document.documentElement,m=document.getElementById('main')||document.body;if(d.hasAttribute('data-prerender')){m.textContent='';d.removeAttribute('data-prerender')}m.prepend(p)}`;
  const boot = `<script>(function(u){${failed}function go(){u.preloads.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=u.entry;s.onerror=failed;document.head.appendChild(s)}requestAnimationFrame(function(){setTimeout(go,0)})})(${urls});</script>`;
  return html
    .replace(entry[0], '')
    .replace(/<link rel="modulepreload" crossorigin href="[^"]+">\n?\s*/g, '')
    .replace('</body>', `${boot}\n</body>`);
}

export function prerenderHome(): Plugin {
  return {
    name: 'kneewise-prerender-home',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const home = await renderHome();
        const start = html.indexOf('<!--app-->');
        const end = html.indexOf('<!--/app-->');
        if (start < 0 || end < start) throw new Error('prerender: index.html needs <!--app--> … <!--/app--> inside #root');
        let out = html.slice(0, start) + home + html.slice(end + '<!--/app-->'.length);
        out = out.replace('</title>', `</title>\n    <script>${BEFORE_PAINT}</script>`);
        // Inline the entry CSS: one request less before the first paint.
        for (const [fileName, chunk] of Object.entries(ctx.bundle ?? {})) {
          if (chunk.type !== 'asset' || !fileName.endsWith('.css')) continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
          if (link.test(out)) out = out.replace(link, `<style>${String(chunk.source)}</style>`);
        }
        return startAfterFirstPaint(out);
      },
    },
  };
}
