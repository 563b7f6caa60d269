// The HR service: Fastify routes over the SDK's public API, hardened for a deployment that vendors
// copy: the caller's role (a signed bearer token) is the audience, timeouts and body limits on
// every route, rate limit, security and no-store headers, PDFs in a bounded worker pool, and one
// typed error shape. Logs hold no record and no fact value.
import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import cors from '@fastify/cors';
import underPressure from '@fastify/under-pressure';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { compactDecision, decide, getRuleset, isTremplinRulesError, projectDecision } from '@tremplin/rules';
import { decideNdjson } from '@tremplin/rules/node';
import { TremplinPdfError } from '@tremplin/pdf';
import { formats } from '@tremplin/schemas';
import { openApiDocument } from './openapi.js';
import { requireCaller, tokenVerifier } from './auth.js';
import { bounded, errorBody, toHttpError } from './http-errors.js';
import { pdfPool, PoolBusy } from './pdf-pool.js';
import { boundedBody, BodyTooLarge } from './bounded-body.js';
import { OneLinePerRequest } from './access-log.js';

const isJson = (request) => /^application\/json\b/.test(request.headers['content-type'] ?? '');
const flag = (value) => value === 'true' || value === '1' || value === '';

const SAFE_SERIALIZERS = {
  req: (req) => ({ method: req.method, path: String(req.url).split('?')[0].slice(0, 200), id: req.id }),
  res: (res) => ({ statusCode: res.statusCode }),
  err: (err) => ({ type: err?.name, code: err?.code }),
};

export const DEFAULT_LIMITS = {
  /** Whole request, body included (slow bodies end here); Fastify's default is none. */
  requestTimeout: 30_000,
  /** Idle socket, waiting for a response included: above the PDF time budget. */
  connectionTimeout: 60_000,
  keepAliveTimeout: 5_000,
  decisionBody: 64 * 1024,
  documentBody: 1024 * 1024,
  batchBody: 100 * 1024 * 1024,
};

/**
 * @param {{
 *   logger?: boolean | object,
 *   auth: { secret?: string, jwksUrl?: string, issuer?: string, audience?: string },
 *   batchWorkers?: number,
 *   limits?: Partial<typeof DEFAULT_LIMITS>,
 *   rateLimit?: { max?: number, timeWindow?: number | string },
 *   corsOrigins?: string[],
 *   pdf?: { threads?: number, queue?: number, budgetMs?: number },
 *   maxEventLoopDelay?: number,
 * }} options
 *   batchWorkers: worker threads per batch request (0 decides in the request's thread, the default:
 *   a server already runs requests side by side).
 */
export function buildApp(options) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    // Method, path and status only, whatever logger the host gives: a query or a body may carry health data.
    logger: options.logger ? { ...(options.logger === true ? {} : options.logger), serializers: SAFE_SERIALIZERS } : false,
    logController: new OneLinePerRequest(),
    // Node checks request timeouts every connectionsCheckingInterval (30 s by default): a slow body
    // would hold its socket up to 30 s past requestTimeout. Check every second instead.
    serverFactory: (handler) => {
      const server = createServer({ requestTimeout: limits.requestTimeout, headersTimeout: Math.min(limits.requestTimeout, 10_000), keepAliveTimeout: limits.keepAliveTimeout, connectionsCheckingInterval: 1000 }, handler);
      server.timeout = limits.connectionTimeout;
      return server;
    },
    requestTimeout: limits.requestTimeout,
    connectionTimeout: limits.connectionTimeout,
    keepAliveTimeout: limits.keepAliveTimeout,
    bodyLimit: limits.decisionBody,
    return503OnClosing: true,
  });
  const verify = tokenVerifier(options.auth ?? {});
  const pool = pdfPool(options.pdf);
  app.addHook('onClose', () => pool.close());

  // Only JSON (and NDJSON for batches): a text/plain body is a 415, not a string read as facts.
  app.removeContentTypeParser('text/plain');
  // A batch body is read as a stream, line by line, never whole in memory.
  app.addContentTypeParser('application/x-ndjson', (request, payload, done) => done(null, payload));

  app.register(helmet, { global: true });
  // No origin listed: no CORS plugin at all (a browser on another origin is refused either way),
  // rather than a hook on every request that adds nothing.
  if (options.corsOrigins?.length) {
    app.register(cors, { origin: options.corsOrigins, methods: ['GET', 'POST'], allowedHeaders: ['authorization', 'content-type'] });
  }
  app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelay ?? 1000,
    retryAfter: 5,
    // under-pressure sends what the handler returns; a handler that sent the reply itself and returned
    // it made under-pressure send the reply object again, and the client got a 500.
    pressureHandler: (request, reply, type) => {
      reply.code(503).header('retry-after', '5');
      return errorBody('unavailable', `The service is under pressure (${type}): retry later`);
    },
  });
  app.register(rateLimit, {
    max: options.rateLimit?.max ?? 600,
    timeWindow: options.rateLimit?.timeWindow ?? '1 minute',
    // Per caller when the token says who; per address before.
    keyGenerator: (request) => request.caller?.subject || request.ip,
    errorResponseBuilder: (request, context) => ({ statusCode: 429, ...errorBody('rate-limited', `Too many requests: retry in ${Math.ceil(context.ttl / 1000)} s`) }),
  });

  // Health data: never stored by a browser or a proxy.
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const [status, body] = toHttpError(error, { isRulesError: isTremplinRulesError, isPdfError: (e) => e instanceof TremplinPdfError, log: request.log });
    if (status === 429 || status === 503) reply.header('retry-after', reply.getHeader('retry-after') ?? '5');
    return reply.code(status).send(bounded(body));
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send(errorBody('not-found', 'No such route')));

  app.get('/openapi.json', async () => openApiDocument());

  app.register(async (secured) => {
    secured.addHook('onRequest', requireCaller(verify));

    // `/decisions/chance` and `/decisions/chance:batch` (the Google API style for a custom method).
    secured.post('/decisions/:name', { bodyLimit: limits.decisionBody }, async (request, reply) => {
      const [id, method] = request.params.name.split(':');
      const ruleset = getRuleset(id); // unknown → typed 404
      if (method !== undefined && method !== 'batch') return reply.code(404).send(errorBody('unknown-method', 'Unknown method: use :batch'));
      const query = request.query;
      if (method === 'batch') return batch(request, reply, ruleset, query);
      if (!isJson(request)) return reply.code(415).send(errorBody('unsupported-media-type', 'Send the facts as application/json'));
      if (request.body === undefined || request.body === null || typeof request.body !== 'object' || Array.isArray(request.body)) {
        return reply.code(400).send(errorBody('invalid-facts', 'Send the facts as a JSON object'));
      }
      // Bare facts with an optional top-level asOf, or the batch lines' envelope {id?, asOf?, facts}.
      const envelope = Object.prototype.hasOwnProperty.call(request.body, 'facts');
      const extra = envelope ? Object.keys(request.body).filter((k) => !['id', 'asOf', 'facts'].includes(k)) : [];
      if (extra.length) {
        return reply.code(400).send(errorBody('invalid-facts', `An {id, asOf, facts} envelope holds nothing else; found ${extra.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}`));
      }
      const { asOf, ...bare } = request.body;
      const decision = decide(ruleset, envelope ? request.body.facts : bare, { ...(asOf !== undefined ? { asOf } : {}), trace: flag(query.trace) });
      // The SDK's one projection: an employer sees no medical condition's status, explanation or trace.
      const seen = projectDecision(decision, { audience: request.caller.role, ruleset });
      return flag(query.compact) ? compactDecision(seen) : seen;
    });

    const busy = (reply, error) => reply.code(503).header('retry-after', '2').send(errorBody(error.reason === 'full' ? 'busy' : 'render-timeout', error.message));
    secured.post('/documents/:document', {
      bodyLimit: limits.documentBody,
      // A full pool turns the request away before its body (up to 1 MB of JSON) is parsed: 200
      // records parsed only to be refused would hold the main thread, and decisions behind it.
      onRequest: async (request, reply) => (pool.full ? busy(reply, new PoolBusy('full')) : undefined),
    }, async (request, reply) => {
      if (!isJson(request)) return reply.code(415).send(errorBody('unsupported-media-type', 'Send the record as application/json'));
      if (request.query.audience !== undefined && request.query.audience !== request.caller.role) {
        return reply.code(400).send(errorBody('audience-from-token', "The audience is your token's role; drop the audience parameter"));
      }
      const audience = request.caller.role;
      const locale = request.query.locale === 'en' ? 'en' : request.query.locale === undefined ? undefined : 'fr';
      let result;
      try {
        result = await pool.render({ document: String(request.params.document), record: request.body, audience, locale });
      } catch (error) {
        if (error instanceof PoolBusy) return busy(reply, error);
        throw error;
      }
      if (result.error) return reply.code(result.error.code === 'unknown-document' ? 404 : 400).send(bounded({ details: {}, ...result.error }));
      const name = /^[a-z-]{1,40}$/.test(request.params.document) ? request.params.document : 'document';
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}-${audience}.pdf"`).send(Buffer.from(result.bytes));
    });
  });

  function batch(request, reply, ruleset, query) {
    if (!request.headers['content-type']?.startsWith('application/x-ndjson')) {
      return reply.code(415).send(errorBody('unsupported-media-type', 'Send one JSON facts object per line as application/x-ndjson'));
    }
    if (query.asOf !== undefined && !formats.date(query.asOf)) return reply.code(400).send(errorBody('invalid-date', 'asOf must be a YYYY-MM-DD date'));
    const length = Number(request.headers['content-length']);
    if (Number.isFinite(length) && length > limits.batchBody) return reply.code(413).send(errorBody('too-large', `A batch body is at most ${limits.batchBody} bytes`));
    const lines = decideNdjson(ruleset, boundedBody(request.body, limits.batchBody), {
      workers: options.batchWorkers ?? 0,
      detail: flag(query.compact) ? 'compact' : 'full',
      audience: request.caller.role,
      trailer: true,
      ...(query.asOf ? { asOf: String(query.asOf) } : {}),
    });
    // The output is already streaming when a line or the body fails: the failure becomes the last
    // record, and the missing summary tells the reader the batch did not finish.
    async function* output() {
      try {
        yield* lines;
      } catch (error) {
        const body = error instanceof BodyTooLarge ? errorBody('too-large', error.message)
          : isTremplinRulesError(error) ? error.toJSON() : errorBody('batch-interrupted', 'The request body ended in error');
        // Once that record is out, close the connection: Node would otherwise read (and drop) the
        // rest of the body, however large. End first (the client reads the response to its end),
        // destroy a moment later: destroying with unread input sends a reset that can eat the response.
        reply.raw.once('finish', () => {
          const socket = request.raw.socket;
          socket?.end();
          setTimeout(() => socket?.destroy(), 2000).unref();
        });
        yield `${JSON.stringify({ error: body })}\n`;
      }
    }
    return reply.type('application/x-ndjson').send(Readable.from(output()));
  }

  return app;
}
