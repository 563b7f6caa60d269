import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** path → [content type, body] */
export type StaticFiles = Record<string, [type: string, body: string | Buffer]>;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves fixed files on 127.0.0.1 (a free port), with the same extra headers on every response:
 * the pages browser tests load. Unknown paths are 404.
 */
export async function serveFiles(files: StaticFiles, headers: (path: string) => Record<string, string> = () => ({})): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const file = files[path];
    if (path === '/favicon.ico') return void res.writeHead(204).end(); // browsers ask; not an error
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'cache-control': 'no-store', ...headers(path) }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
