// The service's OpenAPI 3.1 description, generated from what the SDK ships: the record schemas of
// @tremplin/schemas for documents, and each rule set's declared facts for decisions.
import { RECORD_NAMES, getSchema } from '@tremplin/schemas';
import { RULESET_IDS, getRulesetData } from '@tremplin/rules';
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
  const data = getRulesetData(id);
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
        code: { type: 'string', description: 'invalid-facts, invalid-record, unknown-ruleset, invalid-json…' },
        message: { type: 'string' },
        issues: { type: 'array', items: { type: 'object', description: 'One per failing fact or field, with its French and English message.' } },
      },
    },
  };
  for (const name of RECORD_NAMES) schemas[pascal(name)] = embed(getSchema(name), pascal(name));
  for (const id of RULESET_IDS) schemas[`${pascal(id)}Facts`] = factsSchema(id);

  const errors = {
    400: { description: 'Invalid input: every failing fact or field is named', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    404: { description: 'Unknown rule set or document', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  };
  const paths = {};
  for (const id of RULESET_IDS) {
    const data = getRulesetData(id);
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
      summary: 'A PDF of a record, a decision or indicators, for one audience (an employer copy never carries medical data)',
      parameters: [
        { name: 'document', in: 'path', required: true, schema: { enum: [...DOCUMENTS] } },
        { name: 'audience', in: 'query', required: true, schema: { enum: [...AUDIENCES] } },
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
    components: { schemas },
  };
}
