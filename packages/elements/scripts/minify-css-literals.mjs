import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/**
 * An esbuild plugin (tsup) that minifies the CSS of our Lit `css` literals at build time, with esbuild's
 * own CSS minifier: a `css` literal is shipped as written, indentation and newlines included, to every
 * page (and into every bundle made from ours). Only literals without `${}` are touched; a literal the
 * minifier warns about fails the build rather than shipping something else.
 */
export const minifyCssLiterals = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('css`')) return undefined;
      let out = '';
      let at = 0;
      // A tagged literal in code (after `=`, `,`, `[` or `(`), not the word in a comment.
      for (const match of source.matchAll(/(?<=[=,[(]\s*)css`([^`$\\]*)`/g)) {
        // utf8: esbuild's default (ascii) writes `→` as `\2192`, which a template literal would not keep.
        const { code, warnings } = await transform(match[1], { loader: 'css', minify: true, charset: 'utf8' });
        if (warnings.length) throw new Error(`${path}: the CSS of a css\`\` literal has warnings: ${warnings[0].text}`);
        if (/[`\\]|\$\{/.test(code)) throw new Error(`${path}: the minified CSS of a css\`\` literal cannot be a template literal as is`);
        out += `${source.slice(at, match.index)}css\`${code.trim()}\``;
        at = match.index + match[0].length;
      }
      return { contents: out + source.slice(at), loader: 'ts' };
    });
  },
};
