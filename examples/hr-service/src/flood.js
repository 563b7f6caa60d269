// Bench: decisions' latency while 200 PDF requests arrive at once, beside the same decisions with
// no PDF in flight, in the same run. Separate processes, as deployed: the server (src/server.js,
// its log on a pipe), the decisions client (src/flood-client.js), the PDF sender and this one.
// - Decisions keep coming until the last PDF request is answered: the "during" figures cover the
//   renders, not only the flood's first milliseconds. Each phase has at least 1,000 decisions, so
//   that one hiccup of a shared machine is not the p99 on its own.
// - Server-side times come from the server's own log (one line per request, with its responseTime):
//   the rest of a client-side time is spent outside the service's code (queues, the machine).
// - Floor: all along, one more connection of the same client sends the same requests to a bare
//   node:http server (src/floor-server.js). Its p99 is what this machine gave any Node server at
//   those moments; on a shared machine it moves a lot.
// - The PDF requests come from a process of their own at the lowest priority (src/flood-pdfs.js):
//   in deployment they come from other machines.
// Loopback only. Usage: node src/flood.js [--pdfs 200] [--decisions 1000] [--runs 1]
// (pnpm … flood -- --pdfs 200)
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { signToken } from './auth.js';
import { SAMPLE_FACTS } from './load.js';

/** The goal of issue #14: decisions' p99 on loopback while 200 PDF requests arrive. */
export const GOAL_P99_MS = 50;
const CONNECTIONS = 4;
const RUN_TIMEOUT_MS = 60_000;

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)];
function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** Rejects when the child exits before `promise` settles: a dead child fails the bench, never hangs it. */
function unlessExits(child, name, promise) {
  return new Promise((resolve, reject) => {
    const onExit = (code, signal) => reject(new Error(`${name} exited (${signal ?? code})`));
    child.once('exit', onExit);
    promise.then(resolve, reject).finally(() => child.off('exit', onExit));
  });
}

function startService(secret, port) {
  const server = spawn(process.execPath, [new URL('./server.js', import.meta.url).pathname], {
    env: { ...process.env, TREMPLIN_JWT_SECRET: secret, PORT: String(port), PDF_THREADS: '1', PDF_QUEUE: '8', RATE_LIMIT_MAX: '1000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  /** Server-side ms of every decision, in the order the server answered them. */
  const decisionTimes = [];
  let listening;
  const ready = new Promise((resolve) => (listening = resolve));
  createInterface({ input: server.stdout }).on('line', (line) => {
    if (line.includes('OpenAPI description')) listening();
    if (!line.includes('"/decisions/chance"')) return;
    try {
      const entry = JSON.parse(line);
      if (entry.req?.path === '/decisions/chance' && typeof entry.responseTime === 'number') decisionTimes.push(entry.responseTime);
    } catch {
      // not a log line of ours
    }
  });
  return { server, ready: unlessExits(server, 'server', ready), decisionTimes };
}

function startFloor() {
  const floor = fork(new URL('./floor-server.js', import.meta.url).pathname, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return { floor, port: unlessExits(floor, 'floor server', new Promise((resolve) => floor.once('message', (m) => resolve(m.port)))) };
}

/** Waits until the server has logged `count` decisions (its log trails its answers a little). */
async function logged(times, count, server) {
  const until = performance.now() + 5000;
  while (times.length < count) {
    if (performance.now() > until || server.exitCode !== null) throw new Error(`the server logged ${times.length} decisions of ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One run, with its own server, floor and client: client-side, server-side and floor figures of both phases. */
export async function runFlood({ pdfs = 200, count = 1000 } = {}) {
  const secret = randomBytes(32).toString('hex');
  const port = await freePort();
  const { server, ready, decisionTimes } = startService(secret, port);
  const { floor, port: floorPort } = startFloor();
  const client = fork(new URL('./flood-client.js', import.meta.url).pathname, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const sender = fork(new URL('./flood-pdfs.js', import.meta.url).pathname, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const children = [server, floor, client, sender];
  const timer = setTimeout(() => children.forEach((c) => c.kill()), RUN_TIMEOUT_MS);
  try {
    await ready;
    const base = `http://127.0.0.1:${port}`;
    const floorUrl = `http://127.0.0.1:${await floorPort}/`;
    const [employer, health] = await Promise.all([signToken(secret, 'employer'), signToken(secret, 'occupational-health')]);
    const body = JSON.stringify(SAMPLE_FACTS);
    let answered = 0;
    const phase = async (run) => {
      const result = await unlessExits(client, 'decisions client', new Promise((resolve, reject) => {
        client.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m)));
        client.send({ run: { base, floor: floorUrl, token: health, body, connections: CONNECTIONS, ...run } });
      }));
      const failed = Object.values(result.failures).reduce((a, b) => a + b, 0);
      if (failed) throw new Error(`decisions failed: ${JSON.stringify(result.failures)}`);
      await logged(decisionTimes, answered + result.latencies.length, server);
      const serverSide = decisionTimes.slice(answered, answered + result.latencies.length);
      answered += result.latencies.length;
      return { client: summary(result.latencies), server: summary(serverSide), floor: summary(result.floorLatencies) };
    };

    await phase({ count: 100 }); // warm-up: JIT, connections, the token cache
    const quiet = await phase({ count });

    const referral = readFileSync(new URL('../../playground/samples/referral.json', import.meta.url), 'utf8');
    const busyPhase = phase({ count, untilStopped: true });
    const flood = await unlessExits(sender, 'PDF sender', new Promise((resolve) => {
      sender.once('message', resolve);
      sender.send({ base, token: employer, body: referral, pdfs });
    }));
    client.send({ stop: true });
    const busy = await busyPhase;
    const { statuses } = flood;
    return {
      quiet,
      busy,
      floodMs: flood.ms,
      rendered: statuses.filter((s) => s === 200).length,
      refused: statuses.filter((s) => s === 503).length,
      other: statuses.filter((s) => s !== 200 && s !== 503).length,
    };
  } finally {
    clearTimeout(timer);
    children.forEach((c) => c.kill());
  }
}

const ms = (v) => `${v.toFixed(1)} ms`;
const median = (values) => summary(values).p50;
const line = (p) => `p50 ${ms(p.client.p50)}, p99 ${ms(p.client.p99)} (server-side ${ms(p.server.p50)}, ${ms(p.server.p99)}; floor p99 ${ms(p.floor.p99)})`;

if (import.meta.url === `file://${process.argv[1]}`) {
  // pnpm passes its `--` separator through: drop it rather than read it as a positional.
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
  const { values } = parseArgs({ args, options: { pdfs: { type: 'string', default: '200' }, decisions: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' } } });
  const [pdfs, count, runs] = [Number(values.pdfs), Number(values.decisions), Number(values.runs)];
  console.log(`hr-service flood: POST /decisions/chance back to back over ${CONNECTIONS} keep-alive connections from a process of their own, alone, then while ${pdfs} PDF requests arrive at once (1 rendering thread, 8 waiting). Load average ${loadavg()[0].toFixed(1)} on start.`);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await runFlood({ pdfs, count });
    results.push(r);
    console.log(`  run ${i + 1}: alone  ${line(r.quiet)}, ${r.quiet.client.count} decisions`);
    console.log(`         during ${line(r.busy)}, ${r.busy.client.count} decisions over ${(r.floodMs / 1000).toFixed(1)} s`);
    console.log(`         PDFs: ${r.rendered} rendered, ${r.refused} turned away (503 + retry-after), ${r.other} other; busy/alone p99 ×${(r.busy.client.p99 / r.quiet.client.p99).toFixed(2)}`);
  }
  const p99 = (pick) => median(results.map(pick));
  const [quietP99, busyP99] = [p99((r) => r.quiet.client.p99), p99((r) => r.busy.client.p99)];
  const met = results.filter((r) => r.busy.client.p99 <= GOAL_P99_MS).length;
  console.log(`  ${runs > 1 ? `median of ${runs} runs` : 'p99'}: alone ${ms(quietP99)}, during ${ms(busyP99)} (busy/alone ×${(busyP99 / quietP99).toFixed(2)}; server-side ${ms(p99((r) => r.quiet.server.p99))} → ${ms(p99((r) => r.busy.server.p99))}; floor ${ms(p99((r) => r.quiet.floor.p99))} → ${ms(p99((r) => r.busy.floor.p99))})`);
  console.log(`  goal p99 ≤ ${GOAL_P99_MS} ms during the flood: ${busyP99 <= GOAL_P99_MS ? 'met' : 'NOT met'} (${met} of ${runs} run${runs > 1 ? 's' : ''}). Load average ${loadavg()[0].toFixed(1)} at the end.`);
  if (results.some((r) => r.other)) process.exitCode = 1;
}
