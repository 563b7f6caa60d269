import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/{src,test}/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'docs/test/**/*.test.ts', 'scripts/test/**/*.test.ts', 'test/**/*.test.ts'],
    // fast-check suites run 10,000 inputs per schema; give them room on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/vitest-results.json' },
  },
});
