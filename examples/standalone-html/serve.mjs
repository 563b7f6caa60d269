// Serves this folder as static files, with the strict Content-Security-Policy a health-software page
// sends, and the standalone bundle from the installed package. Any static server does the same job.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const bundle = createRequire(import.meta.url).resolve('@tremplin/elements/standalone');
const files = {
  '/': fileURLToPath(new URL('index.html', import.meta.url)),
  '/page.js': fileURLToPath(new URL('page.js', import.meta.url)),
  '/page.css': fileURLToPath(new URL('page.css', import.meta.url)),
  '/tremplin-elements.js': bundle,
};

const port = Number(process.env.PORT ?? 5175);
createServer(async (req, res) => {
  const path = files[(req.url ?? '/').split('?')[0]];
  if (!path) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': `${TYPES[extname(path)]}; charset=utf-8`, 'content-security-policy': CSP }).end(await readFile(path));
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
