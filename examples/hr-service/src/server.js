// Starts the HR service: HOST=127.0.0.1 PORT=3000 by default. Tokens are HS256 JWTs signed with
// TREMPLIN_JWT_SECRET (at least 32 characters), or verified against TREMPLIN_JWKS_URL.
// RATE_LIMIT_MAX: requests per minute per caller (600). PDF_THREADS, PDF_QUEUE: the PDF pool (1, 8).
// CORS_ORIGINS: a comma-separated list of origins allowed to call from a browser (none by default).
import pino from 'pino';
import { buildApp } from './app.js';

const secret = process.env.TREMPLIN_JWT_SECRET;
const jwksUrl = process.env.TREMPLIN_JWKS_URL;
if (!jwksUrl && (!secret || secret.length < 32)) {
  console.error('hr-service: set TREMPLIN_JWT_SECRET (32+ characters) or TREMPLIN_JWKS_URL');
  process.exit(2);
}
const app = buildApp({
  // Logs leave through libuv's thread pool: a slow log reader (a full pipe to journald or docker)
  // must not stall requests, as pino's default synchronous write to stdout does. Lines still
  // buffered are written on exit; beyond 16 MB waiting, lines are dropped rather than held.
  logger: { stream: pino.destination({ dest: 1, sync: false, maxLength: 16 * 1024 * 1024 }) },
  auth: { secret, jwksUrl, issuer: process.env.TREMPLIN_JWT_ISSUER, audience: process.env.TREMPLIN_JWT_AUDIENCE },
  corsOrigins: process.env.CORS_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean),
  pdf: { threads: Number(process.env.PDF_THREADS ?? 1), queue: Number(process.env.PDF_QUEUE ?? 8) },
  rateLimit: { max: Number(process.env.RATE_LIMIT_MAX ?? 600) },
});
// A stop (SIGTERM from an orchestrator, Ctrl-C) finishes the requests in flight, then exits, which
// writes the log lines still buffered.
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => app.close().finally(() => process.exit(0)));
await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '127.0.0.1' });
app.log.info('OpenAPI description at /openapi.json');
