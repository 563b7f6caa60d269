// Starts the HR service on loopback: PORT=3000 by default.
import { buildApp } from './app.js';

const app = buildApp({ logger: true });
await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '127.0.0.1' });
app.log.info('OpenAPI description at /openapi.json');
