// Bench: decisions' latency while 200 PDF requests arrive at once, beside the same decisions with
// no PDF in flight, in the same run. The server runs in its own process, as deployed; loopback only.
// Usage: node src/flood.js [--pdfs 200] [--decisions 400]   (pnpm … flood -- --pdfs 200)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { signToken } from './auth.js';
import { SAMPLE_FACTS } from './load.js';

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

async function decisions(base, token, count, clients = 4) {
  const latencies = [];
  const body = JSON.stringify(SAMPLE_FACTS);
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = 0; i < count / clients; i++) {
      const t = performance.now();
      const r = await fetch(`${base}/decisions/chance?compact=true`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`decision answered ${r.status}`);
      latencies.push(performance.now() - t);
    }
  }));
  latencies.sort((a, b) => a - b);
  return { p50: latencies[Math.floor(latencies.length / 2)], p99: latencies[Math.ceil(latencies.length * 0.99) - 1] };
}

/** Runs the flood; returns the figures. */
export async function runFlood({ pdfs = 200, count = 400 } = {}) {
  const secret = randomBytes(32).toString('hex');
  const port = await freePort();
  const server = spawn(process.execPath, [new URL('./server.js', import.meta.url).pathname], {
    env: { ...process.env, TREMPLIN_JWT_SECRET: secret, PORT: String(port), PDF_THREADS: '1', PDF_QUEUE: '8', RATE_LIMIT_MAX: '1000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise((resolve, reject) => {
      server.stdout.on('data', (d) => String(d).includes('OpenAPI description') && resolve());
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    server.stdout.resume();
    const base = `http://127.0.0.1:${port}`;
    const [employer, health] = await Promise.all([signToken(secret, 'employer'), signToken(secret, 'occupational-health')]);
    const referral = readFileSync(new URL('../../playground/samples/referral.json', import.meta.url), 'utf8');
    await decisions(base, health, 100); // warm-up
    const quiet = await decisions(base, health, count);
    const flood = Array.from({ length: pdfs }, () =>
      fetch(`${base}/documents/referral`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${employer}` }, body: referral }).then(async (r) => (await r.arrayBuffer(), r.status)));
    const busy = await decisions(base, health, count);
    const statuses = await Promise.all(flood);
    return { quiet, busy, rendered: statuses.filter((s) => s === 200).length, refused: statuses.filter((s) => s === 503).length, other: statuses.filter((s) => s !== 200 && s !== 503).length };
  } finally {
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
  const { values } = parseArgs({ args, options: { pdfs: { type: 'string', default: '200' }, decisions: { type: 'string', default: '400' } } });
  const r = await runFlood({ pdfs: Number(values.pdfs), count: Number(values.decisions) });
  console.log(`decisions alone:           p50 ${r.quiet.p50.toFixed(1)} ms, p99 ${r.quiet.p99.toFixed(1)} ms`);
  console.log(`during ${values.pdfs} PDF requests: p50 ${r.busy.p50.toFixed(1)} ms, p99 ${r.busy.p99.toFixed(1)} ms (×${(r.busy.p99 / r.quiet.p99).toFixed(2)}); PDFs ${r.rendered} rendered, ${r.refused} turned away (503), ${r.other} other`);
}
