import { defineConfig } from 'vite';

// Vue's compile-time flags, normally set by @vitejs/plugin-vue; this example needs no plugin
// because it uses render functions (no .vue files to compile).
export default defineConfig({
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
});
