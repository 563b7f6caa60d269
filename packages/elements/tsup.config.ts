import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the element classes, nothing registered (tree-shakeable). define: registers them all.
  entry: { index: 'src/index.ts', define: 'src/define.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: ['lit', /^lit\//, '@tremplin/schemas', '@tremplin/rules'],
});
