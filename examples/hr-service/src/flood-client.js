// The flood bench's decisions client, in a process of its own (forked by flood.js): its latencies
// are then not those of the 200 PDF requests, which the parent sends. Keep-alive connections, each
// sending its next decision as soon as the last one is answered.
// With `floor` (the URL of floor-server.js), one more connection sends the same requests there all
// along: the machine's own stalls, measured at the same moments.
// Messages: {run: {base, floor?, token, body, connections, count, untilStopped?}} starts a phase;
// {stop: true} ends it once `count` decisions were sent; the answer is
// {latencies: ms[], floorLatencies: ms[], failures: {status: n}}.
import http from 'node:http';

let stopped = false;
function post(agent, url, token, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      agent,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
    }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** One connection's loop: `next()` says whether to send again; `record(status, ms)` keeps the outcome. */
async function connection(agent, url, token, body, next, record) {
  while (next()) {
    const start = performance.now();
    const status = await post(agent, url, token, body);
    record(status, performance.now() - start);
  }
}

async function run({ base, floor, token, body, connections, count }) {
  const agent = new http.Agent({ keepAlive: true });
  const url = new URL('/decisions/chance?compact=true', base);
  const latencies = [];
  const floorLatencies = [];
  const failures = {};
  let sent = 0;
  let done = false;
  const floorDone = floor ? connection(agent, new URL(floor), token, body, () => !done, (status, ms) => floorLatencies.push(ms)) : undefined;
  await Promise.all(Array.from({ length: connections }, () =>
    connection(agent, url, token, body, () => (sent < count || !stopped) && ++sent > 0, (status, ms) => {
      if (status === 200) latencies.push(ms);
      else failures[status] = (failures[status] ?? 0) + 1;
    })));
  done = true;
  await floorDone;
  agent.destroy();
  return { latencies, floorLatencies, failures };
}

process.on('message', async (message) => {
  if (message.stop) {
    stopped = true;
    return;
  }
  stopped = !message.run.untilStopped;
  try {
    process.send(await run(message.run));
  } catch (error) {
    process.send({ error: String(error?.message ?? error) });
  }
});
