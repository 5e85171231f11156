import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/**
 * Load the project's TypeScript modules in Node (the real engine, not a copy), through Vite's SSR
 * loader. Modules that import the content catalogue (virtual:kneewise/*) can't be loaded here.
 */
export async function withTsModules(run) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  });
  try {
    return await run((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
