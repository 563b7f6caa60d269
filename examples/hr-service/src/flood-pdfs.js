// The flood bench's PDF sender, in a process of its own (forked by flood.js) at the lowest CPU
// priority: in deployment the PDF requests come from other machines; on loopback their sender
// would otherwise take its CPU from the server under test.
// Message: {base, token, body, pdfs}; answer: {statuses: (number | 'no-retry-after')[], ms}.
import { setPriority } from 'node:os';

if (process.platform === 'linux') setPriority(19);

process.once('message', async ({ base, token, body, pdfs }) => {
  const started = performance.now();
  const statuses = await Promise.all(Array.from({ length: pdfs }, () =>
    fetch(`${base}/documents/referral`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })
      .then(async (r) => (await r.arrayBuffer(), r.status === 503 && !r.headers.get('retry-after') ? 'no-retry-after' : r.status))
      .catch(() => 'failed')));
  process.send({ statuses, ms: performance.now() - started });
});
