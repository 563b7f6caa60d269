// The flood bench's floor: a bare node:http server that reads each request and answers a fixed
// JSON. Measured with the same client in the same run, it shows what this machine gives any Node
// server at that moment (a shared machine's other work included): the service's figures read against it.
import { createServer } from 'node:http';

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
