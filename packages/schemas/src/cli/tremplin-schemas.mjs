#!/usr/bin/env node
// tremplin-schemas compile schema.json -o validator.js
// Writes validator.js (ESM, CSP-safe: precompiled, no eval) and validator.d.ts beside it.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CompileError, compileSchema, DECLARATION } from './compile.mjs';

const USAGE = 'usage: tremplin-schemas compile <schema.json> -o <validator.js>';

function main(argv) {
  const [command, input, flag, output] = argv;
  if (command !== 'compile' || !input || flag !== '-o' || !output || !/\.m?js$/.test(output)) {
    console.error(USAGE);
    return 2;
  }
  let schema;
  try {
    schema = JSON.parse(readFileSync(input, 'utf8'));
  } catch (error) {
    console.error(`tremplin-schemas: cannot read ${basename(input)} as JSON (${String(error.message).slice(0, 120)})`);
    return 1;
  }
  try {
    const code = compileSchema(schema, { source: basename(input) });
    // Written beside, then renamed: a failed run never leaves half a validator.
    writeFileSync(`${output}.tmp`, code);
    renameSync(`${output}.tmp`, output);
    writeFileSync(output.replace(/\.m?js$/, '.d.ts'), DECLARATION);
    console.log(`tremplin-schemas: ${basename(input)} → ${output}`);
    return 0;
  } catch (error) {
    console.error(`tremplin-schemas: ${error instanceof CompileError ? error.message : `failed (${String(error?.message ?? error).slice(0, 200)})`}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
