#!/usr/bin/env node
// Renders every record of a folder to a PDF for one audience: `<document>.<name>.json` → `<document>.<name>.pdf`.
// Usage: node batch.mjs <records-dir> <out-dir> --audience <worker|employer|occupational-health|commission> [--lang fr|en]
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIENCES, DOCUMENTS, renderBatch } from '@tremplin/pdf';

export async function run(argv, io = { stdout: process.stdout, stderr: process.stderr }) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { audience: { type: 'string' }, lang: { type: 'string', default: 'fr' } } });
  const [input, output] = positionals;
  if (!input || !output || !AUDIENCES.includes(values.audience)) {
    io.stderr.write(`usage: batch.mjs <records-dir> <out-dir> --audience <${AUDIENCES.join('|')}>\n`);
    return 2;
  }
  mkdirSync(output, { recursive: true });
  const files = readdirSync(input).filter((f) => f.endsWith('.json')).sort();
  const skipped = [];
  // The file name says which document to print: `referral.martin.json` is a referral.
  const jobs = function* () {
    for (const file of files) {
      const document = file.split('.')[0];
      if (!DOCUMENTS.includes(document)) {
        skipped.push(`${file}: unknown document "${document}"`);
        continue;
      }
      let record;
      try {
        record = JSON.parse(readFileSync(join(input, file), 'utf8'));
      } catch (error) {
        skipped.push(`${file}: not JSON (${error.message})`);
        continue;
      }
      yield { id: file, document, record, options: { audience: values.audience, locale: values.lang } };
    }
  };
  const total = files.length;
  const bar = (done) => {
    const width = 30;
    const filled = Math.round((width * done) / Math.max(total, 1));
    io.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
  };
  const failures = [];
  let written = 0;
  const started = performance.now();
  for await (const result of renderBatch(jobs(), { onProgress: (p) => bar(p.done + skipped.length) })) {
    if (result.ok) {
      // Written beside its final name, then renamed: a reader never sees half a PDF.
      const target = join(output, `${basename(result.id, '.json')}.pdf`);
      writeFileSync(`${target}.partial`, result.pdf);
      renameSync(`${target}.partial`, target);
      written++;
    } else {
      failures.push(`${result.id}: ${result.error.message}`);
    }
  }
  bar(total);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stderr.write('\n');
  io.stdout.write(`${written} PDF written to ${output} (${values.audience}) in ${seconds} s; ${failures.length + skipped.length} refused\n`);
  for (const line of [...skipped, ...failures]) io.stdout.write(`  - ${line}\n`);
  return failures.length + skipped.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await run(process.argv.slice(2));
