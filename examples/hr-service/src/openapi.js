// The service's OpenAPI 3.1 description, generated from what the SDK ships: the record schemas of
// @tremplin/schemas for documents, and each rule set's declared facts for decisions.
import { RECORD_NAMES, getSchema } from '@tremplin/schemas';
import { RULESET_IDS, getRuleset } from '@tremplin/rules';
import { AUDIENCES, DOCUMENTS } from '@tremplin/pdf';

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/** A schema made self-contained: its `$ref`s into common.schema.json point into components. */
function embed(schema, own) {
  const { $id: _, $schema: __, ...rest } = schema;
  return JSON.parse(JSON.stringify(rest), (key, value) => {
    if (key !== '$ref' || typeof value !== 'string') return value;
    const [file, pointer = ''] = value.split('#');
    const target = file === '' ? own : pascal(file.replace('.schema.json', ''));
    return `#/components/schemas/${target}${pointer}`;
  });
}

/** A rule set's facts as a JSON Schema: what `decide()` accepts (unknown facts are refused). */
function factsSchema(id) {
  const data = getRuleset(id).data; // resolved: facts added by amending versions too
  const properties = { asOf: { type: 'string', format: 'date', description: 'Date of the rules in force; today by default.' } };
  for (const [name, spec] of Object.entries(data.facts)) {
    const type = spec.type === 'enum' ? { type: 'string', enum: spec.values } : spec.type === 'date' ? { type: 'string', format: 'date' } : { type: spec.type };
    if (spec.minimum !== undefined) type.minimum = spec.minimum;
    if (spec.maximum !== undefined) type.maximum = spec.maximum;
    properties[name] = { ...type, description: `${spec.label.fr} / ${spec.label.en}` };
  }
  const { asOf, ...facts } = properties;
  // Also the batch lines' envelope, so one case reads the same in both routes.
  const envelope = { type: 'object', additionalProperties: false, required: ['facts'],
    properties: { id: { type: 'string' }, asOf, facts: { type: 'object', additionalProperties: false, properties: facts } } };
  return { title: data.title.fr, description: data.description.fr, oneOf: [{ type: 'object', additionalProperties: false, properties }, envelope] };
}

const localised = { type: 'object', required: ['fr', 'en'], properties: { fr: { type: 'string' }, en: { type: 'string' } } };
const reference = { type: 'object', required: ['citation', 'kind'], properties: { citation: { type: 'string' }, kind: { enum: ['law', 'guide'] }, url: { type: 'string' }, note: { type: 'string' } } };
const condition = {
  type: 'object',
  required: ['id', 'status', 'label', 'explanation', 'references', 'missingFacts'],
  properties: {
    id: { type: 'string' }, status: { enum: ['met', 'failed', 'missing'] }, label: localised, explanation: localised,
    references: { type: 'array', items: reference }, missingFacts: { type: 'array', items: { type: 'string' } }, step: localised,
    deadline: { type: 'object', properties: { label: localised, date: { type: ['string', 'null'], format: 'date' } } },
  },
};

export function openApiDocument() {
  const schemas = {
    Common: embed(getSchema('common'), 'Common'),
    Decision: {
      type: 'object',
      required: ['ruleset', 'kind', 'version', 'validFrom', 'asOf', 'outcome', 'steps', 'conditions', 'missingFacts', 'ignoredFacts', 'explanation', 'references', 'trace'],
      properties: {
        ruleset: { type: 'string' }, kind: { enum: ['eligibility', 'path', 'checklist'] }, version: { type: 'string' },
        validFrom: { type: 'string', format: 'date' }, asOf: { type: 'string', format: 'date' },
        outcome: { enum: ['eligible', 'not-eligible', 'incomplete'] },
        steps: { type: 'array', items: condition }, conditions: { type: 'array', items: condition },
        missingFacts: { type: 'array', items: { type: 'string' } }, ignoredFacts: { type: 'array', items: { type: 'string' } },
        explanation: localised, references: { type: 'array', items: reference }, trace: { type: 'array', items: { type: 'object' } },
      },
    },
    Error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        name: { type: 'string' },
        code: { type: 'string', description: 'invalid-facts, invalid-record, unknown-ruleset, invalid-json, unauthenticated, forbidden-for-role, too-large, unsupported-media-type, rate-limited, busy, render-timeout, unavailable, internal…' },
        message: { type: 'string', description: 'At most a few hundred characters; never quotes the request.' },
        details: { type: 'object' },
        issues: { type: 'array', items: { type: 'object', description: 'One per failing fact or field, with its French and English message.' } },
      },
    },
  };
  for (const name of RECORD_NAMES) schemas[pascal(name)] = embed(getSchema(name), pascal(name));
  for (const id of RULESET_IDS) schemas[`${pascal(id)}Facts`] = factsSchema(id);

  const error = (description, headers) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }, ...(headers ? { headers } : {}) });
  const retryAfter = { 'retry-after': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } };
  const errors = {
    400: error('Invalid input: every failing fact or field is named'),
    401: error('No valid bearer token (its role claim is one of worker, employer, occupational-health, commission)'),
    403: error('The caller\'s role may not read this'),
    404: error('Unknown rule set or document'),
    408: error('The request did not arrive in time'),
    413: error('The body is larger than the route accepts (facts 64 kB, documents 1 MB, batches 100 MB)'),
    415: error('Wrong content type: application/json (application/x-ndjson for :batch)'),
    429: error('Too many requests from this caller', retryAfter),
    500: error('Internal error (its message never quotes the request)'),
    503: error('Busy (the PDF queue is full, a document ran past its time budget, or the server is under pressure)', retryAfter),
  };
  const paths = {};
  for (const id of RULESET_IDS) {
    const data = getRuleset(id).data; // resolved: facts added by amending versions too
    paths[`/decisions/${id}`] = {
      post: {
        operationId: `decide${pascal(id)}`,
        summary: `${data.title.fr} — one decision, explained`,
        parameters: [
          { name: 'trace', in: 'query', schema: { type: 'boolean' }, description: 'Keep the evaluation trace.' },
          { name: 'compact', in: 'query', schema: { type: 'boolean' }, description: 'Outcome, steps, failed and missing ids and explanation only.' },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${pascal(id)}Facts` } } } },
        responses: { 200: { description: 'The decision', content: { 'application/json': { schema: { $ref: '#/components/schemas/Decision' } } } }, ...errors },
      },
    };
    paths[`/decisions/${id}:batch`] = {
      post: {
        operationId: `decide${pascal(id)}Batch`,
        summary: `${data.title.fr} — a batch: one facts object (or an {id, asOf, facts} envelope) per line in; one {index, ok, decision | error} per line out, in order, streamed`,
        parameters: [{ name: 'compact', in: 'query', schema: { type: 'boolean' } }, { name: 'asOf', in: 'query', schema: { type: 'string', format: 'date' } }],
        requestBody: { required: true, content: { 'application/x-ndjson': { schema: { $ref: `#/components/schemas/${pascal(id)}Facts` } } } },
        responses: { 200: { description: 'NDJSON, one line per input line', content: { 'application/x-ndjson': { schema: { type: 'object' } } } }, ...errors },
      },
    };
  }
  paths['/documents/{document}'] = {
    post: {
      operationId: 'renderDocument',
      summary: `A PDF of a record, a decision or indicators, for the caller's audience: the role claim of the bearer token (${AUDIENCES.join(', ')}); an employer copy never carries medical data`,
      parameters: [
        { name: 'document', in: 'path', required: true, schema: { enum: [...DOCUMENTS] } },
        { name: 'locale', in: 'query', schema: { enum: ['fr', 'en'] } },
      ],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { oneOf: [...RECORD_NAMES.map((n) => ({ $ref: `#/components/schemas/${pascal(n)}` })), { $ref: '#/components/schemas/Decision' }] } } },
      },
      responses: { 200: { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...errors },
    },
  };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { title: 'Tremplin HR service', version: '0.1.0', description: 'Explained decisions and documents for job retention after health problems.' },
    servers: [{ url: 'http://127.0.0.1:3000' }],
    paths,
    security: [{ bearer: [] }],
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A signed JWT whose `role` claim (worker, employer, occupational-health, commission) is the audience every response is cut for.' },
      },
    },
  };
}
