// Load test on loopback, bounded in time: decisions/s through HTTP, beside decide() called in-process
// on the same facts in the same run (the ceiling HTTP can approach).
// Usage: node src/load.js [--duration 5] [--connections 10]  (also through `pnpm … load -- --duration 5`)
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { decide, getRuleset } from '@tremplin/rules';
import { buildApp } from './app.js';
import { signToken } from './auth.js';

export const SAMPLE_FACTS = {
  stoppageInProgress: true, insuredRisk: true, employerSigned: true, agentSigned: true,
  medicalIncapacity: 'partielle', occupationalHealthAgreement: 'accorde', providerAgreement: 'accorde', asOf: '2026-11-24',
};

/** Runs autocannon against POST /decisions/chance for `duration` seconds; returns the figures. */
export async function runLoad({ duration = 5, connections = 10 } = {}) {
  const secret = randomBytes(32).toString('hex');
  // The load client is one caller: the rate limit would measure itself, not the service.
  const app = buildApp({ auth: { secret }, rateLimit: { max: 1e9 } });
  const token = await signToken(secret, 'occupational-health', 'load-test');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address();
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/decisions/chance?compact=true`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(SAMPLE_FACTS),
      duration,
      connections,
    });
    const { asOf, ...facts } = SAMPLE_FACTS;
    const ruleset = getRuleset('chance');
    // One second of decide() in slices of 20 ms: a loop holding the event loop for a whole second
    // would make @fastify/under-pressure in any app of this process answer 503 for the next second.
    let n = 0;
    let spent = 0;
    while (spent < 1000) {
      const start = performance.now();
      while (performance.now() - start < 20) { decide(ruleset, facts, { asOf }); n++; }
      spent += performance.now() - start;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const inProcess = n / (spent / 1000);
    return {
      requestsPerSecond: result.requests.average,
      latencyP99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      total: result.requests.total,
      inProcess,
    };
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // pnpm passes its `--` separator through: drop it rather than read it as a positional.
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
  const { values } = parseArgs({ args, options: { duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' } } });
  const r = await runLoad({ duration: Number(values.duration), connections: Number(values.connections) });
  console.log(`POST /decisions/chance over loopback, ${values.connections} connections, ${values.duration} s`);
  console.log(`  ${Math.round(r.requestsPerSecond).toLocaleString('en')} decisions/s (p99 ${r.latencyP99} ms), ${r.total.toLocaleString('en')} requests, ${r.non2xx} non-2xx, ${r.errors} errors`);
  console.log(`  in-process decide(): ${Math.round(r.inProcess).toLocaleString('en')}/s — HTTP reaches ×${(r.requestsPerSecond / r.inProcess).toFixed(2)} of it`);
}
