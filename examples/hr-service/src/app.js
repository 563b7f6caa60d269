// The HR service: Fastify routes over the SDK's public API. Every error is a typed one from the
// SDK, sent as JSON with its code and, per failing fact or field, a French and English message.
import Fastify from 'fastify';
import { Readable } from 'node:stream';
import { compactDecision, decide, getRuleset, isTremplinRulesError } from '@tremplin/rules';
import { decideNdjson } from '@tremplin/rules/node';
import { renderToBuffer, TremplinPdfError } from '@tremplin/pdf';
import { openApiDocument } from './openapi.js';

const flag = (value) => value === 'true' || value === '1' || value === '';

/**
 * @param {{ logger?: boolean, batchWorkers?: number }} options
 *   batchWorkers: worker threads per batch request (0 decides in the request's thread, the default:
 *   a server already runs requests side by side).
 */
export function buildApp(options = {}) {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 5_000_000 });
  // A batch body is read as a stream, line by line, never whole in memory.
  app.addContentTypeParser('application/x-ndjson', (request, payload, done) => done(null, payload));

  app.setErrorHandler((error, request, reply) => {
    if (isTremplinRulesError(error)) {
      return reply.code(error.code === 'unknown-ruleset' ? 404 : 400).send(error.toJSON());
    }
    if (error instanceof TremplinPdfError) {
      return reply.code(error.code === 'unknown-document' ? 404 : 400).send(error.toJSON());
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({ code: 'unsupported-media-type', message: error.message });
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError || error.statusCode === 400) {
      return reply.code(400).send({ code: 'invalid-json', message: `The body is not valid JSON: ${error.message}` });
    }
    if (error.statusCode === 413) return reply.code(413).send({ code: 'too-large', message: error.message });
    request.log.error(error);
    return reply.code(500).send({ code: 'internal', message: 'Internal error' });
  });

  app.get('/openapi.json', async () => openApiDocument());

  // `/decisions/chance` and `/decisions/chance:batch` (the Google API style for a custom method).
  app.post('/decisions/:name', async (request, reply) => {
    const [id, method] = request.params.name.split(':');
    const ruleset = getRuleset(id); // unknown → typed 404
    const query = request.query;
    if (method === 'batch') {
      if (!request.headers['content-type']?.startsWith('application/x-ndjson')) {
        return reply.code(415).send({ code: 'unsupported-media-type', message: 'Send one JSON facts object per line as application/x-ndjson' });
      }
      const lines = decideNdjson(ruleset, request.body, {
        workers: options.batchWorkers ?? 0,
        detail: flag(query.compact) ? 'compact' : 'full',
        ...(query.asOf ? { asOf: query.asOf } : {}),
      });
      return reply.type('application/x-ndjson').send(Readable.from(lines));
    }
    if (method !== undefined) return reply.code(404).send({ code: 'unknown-method', message: `Unknown method "${method}"` });
    if (request.body === undefined || request.body === null || typeof request.body !== 'object' || Array.isArray(request.body)) {
      return reply.code(400).send({ code: 'invalid-facts', message: 'Send the facts as a JSON object' });
    }
    // Bare facts with an optional top-level asOf, or the batch lines' envelope {id?, asOf?, facts}.
    const envelope = 'facts' in request.body;
    const extra = envelope ? Object.keys(request.body).filter((k) => !['id', 'asOf', 'facts'].includes(k)) : [];
    if (extra.length) {
      return reply.code(400).send({ code: 'invalid-facts', message: `An {id, asOf, facts} envelope holds nothing else; found ${extra.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}` });
    }
    const { asOf, ...bare } = request.body;
    const decision = decide(ruleset, envelope ? request.body.facts : bare, { ...(asOf ? { asOf } : {}), trace: flag(query.trace) });
    return flag(query.compact) ? compactDecision(decision) : decision;
  });

  app.post('/documents/:document', async (request, reply) => {
    const { audience, locale } = request.query;
    const pdf = await renderToBuffer(request.params.document, request.body, { audience, ...(locale ? { locale } : {}) });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${request.params.document}-${audience}.pdf"`).send(pdf);
  });

  return app;
}
