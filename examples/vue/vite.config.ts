import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue must not try to resolve <otp-…> as Vue components: they are custom elements.
// `base: './'` lets dist/ be served from any path.
export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('otp-') } } })],
});
