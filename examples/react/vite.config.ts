import { defineConfig } from 'vite';

// Two pages: index.html imports <otp-enroll> before React renders; lazy.html loads it after
// React's first render, from its own chunk. `base: './'` lets dist/ be served from any path.
export default defineConfig({
  base: './',
  build: {
    rollupOptions: { input: { index: 'index.html', lazy: 'lazy.html' } },
  },
});
