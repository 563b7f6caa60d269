// One shape for every error body the service sends: { name, code, message, issues, details }, the
// shape of the SDK's typed errors. Messages are fixed texts: an error never quotes the request.

/** A typed error body of the service's own (the SDK's errors already have this shape). */
export function errorBody(code, message, extra = {}) {
  return { name: 'TremplinHttpError', code, message, issues: [], details: {}, ...extra };
}

const MAX_BODY = 4096;

/**
 * An error body of at most 4 kB: issues are dropped from the end (their count kept in
 * details.omittedIssues) until it fits — a 1 MB record with ten thousand bad fields gets a short answer.
 */
export function bounded(body) {
  let json = JSON.stringify(body);
  if (json.length <= MAX_BODY) return body;
  const all = Array.isArray(body.issues) ? body.issues : [];
  const out = { ...body, issues: [...all], details: { ...(body.details ?? {}) } };
  while (out.issues.length && json.length > MAX_BODY) {
    out.issues.pop();
    out.details.omittedIssues = all.length - out.issues.length;
    json = JSON.stringify(out);
  }
  if (json.length > MAX_BODY) return errorBody(String(body.code ?? 'error').slice(0, 60), String(body.message ?? '').slice(0, 400));
  return out;
}

/** Fastify's own errors, by code, as [status, code, message]. */
const FASTIFY = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'This route takes application/json (application/x-ndjson for :batch)'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid-body', 'The body length does not match content-length'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too-large', 'The body is larger than this route accepts'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid-json', 'The body is empty'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json', 'The body is not valid JSON'],
  FST_ERR_REQUEST_TIMEOUT: [408, 'request-timeout', 'The request took too long to arrive'],
};

/** Maps any error a route or Fastify raised to [status, body]; `log` gets a line with no request data. */
export function toHttpError(error, { isRulesError, isPdfError, log }) {
  if (isRulesError(error)) return [error.code === 'unknown-ruleset' ? 404 : 400, error.toJSON()];
  if (isPdfError(error)) return [error.code === 'unknown-document' ? 404 : 400, { details: {}, ...error.toJSON() }];
  const known = FASTIFY[error.code];
  if (known) return [known[0], errorBody(known[1], known[2])];
  if (error instanceof SyntaxError || error.statusCode === 400) return [400, errorBody('invalid-json', 'The body is not valid JSON')];
  if (error.statusCode === 413) return [413, errorBody('too-large', 'The body is larger than this route accepts')];
  if (error.statusCode === 429) return [429, errorBody('rate-limited', 'Too many requests: retry after the delay in retry-after')];
  if (error.statusCode === 503) return [503, errorBody('unavailable', 'The service is busy: retry after the delay in retry-after')];
  if (error instanceof RangeError) return [400, errorBody('invalid-input', 'The input is nested too deep or too large')];
  // Name and code only: a message may quote the input.
  log.error({ err: { name: error?.name, code: error?.code } }, 'internal error');
  return [500, errorBody('internal', 'Internal error')];
}
