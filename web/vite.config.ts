// The dashboard build: plain TypeScript + DOM bundled into web/dist, which `marsad serve`
// serves at `/`. Everything (fonts, world map) is bundled so pages load with no outside network.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The world map (TopoJSON) is its own lazily loaded chunk; it is large by nature.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `vite web` during development: the API runs on `marsad serve --port 8080`.
    proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' },
  },
});
