import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages, bundled with everything they load (graph library, GraphiQL, Monaco workers, the CJK web font):
// the built files are embedded in ClaimGraph.Api, so nothing is fetched from outside the host at run time.
export default defineConfig({
  base: '/',
  // `npm run dev` serves the pages with live reload and sends GraphQL to a running `claimgraph serve`.
  server: { proxy: { '/graphql': 'http://127.0.0.1:5000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Monaco (GraphiQL's editor) is one large chunk by design; it loads only on /graphql.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      // React libraries mark modules "use client" for server frameworks; in a browser bundle it means nothing.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        dashboard: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
});
