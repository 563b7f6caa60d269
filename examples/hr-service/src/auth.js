// Who calls, from a signed bearer token: the audience every response is cut for is the caller's
// role claim, never a query parameter. Tokens are verified with jose (HS256 with a shared secret,
// or keys from a JWKS URL for an identity provider).
import { createRemoteJWKSet, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { errorBody } from './http-errors.js';

/** Roles a token may carry; each is the audience of the same name in @tremplin/schemas. */
export const ROLES = ['worker', 'employer', 'occupational-health', 'commission'];

/** How long a verified token is taken on trust: a key removed from the JWKS still opens its tokens this long. */
export const VERIFIED_TOKEN_TTL_MS = 30_000;

/**
 * @param {{ secret?: string, jwksUrl?: string, issuer?: string, audience?: string }} options
 * @returns {(authorization: string | undefined) => Promise<{ role: string, subject: string } | undefined>}
 */
export function tokenVerifier(options) {
  if (!options.jwksUrl && (options.secret ?? '').length < 32) throw new Error('auth.secret must be at least 32 characters (or give auth.jwksUrl)');
  // jose imports a raw secret into WebCrypto at every verification: import it once.
  const key = options.jwksUrl
    ? Promise.resolve(createRemoteJWKSet(new URL(options.jwksUrl)))
    : crypto.subtle.importKey('raw', new TextEncoder().encode(options.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const algorithms = options.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'];
  // A client sends the same token with every request: verifying it each time cost a third of a
  // decision's time on the main thread (a WebCrypto job per request). A token verified once is
  // trusted until it expires, at most VERIFIED_TOKEN_TTL_MS; only verified tokens are kept, at most 4 MB of them.
  const verified = new LRUCache({ max: 10_000, maxSize: 4 * 1024 * 1024, sizeCalculation: (caller, token) => token.length + 64, ttl: VERIFIED_TOKEN_TTL_MS });
  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(authorization ?? '');
    if (!match) return undefined;
    const token = match[1];
    const known = verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, await key, { algorithms, issuer: options.issuer, audience: options.audience });
      if (!ROLES.includes(payload.role)) return undefined;
      const caller = Object.freeze({ role: payload.role, subject: String(payload.sub ?? '') });
      const untilExpiry = typeof payload.exp === 'number' ? payload.exp * 1000 - Date.now() : VERIFIED_TOKEN_TTL_MS;
      if (untilExpiry > 0) verified.set(token, caller, { ttl: Math.min(untilExpiry, VERIFIED_TOKEN_TTL_MS) });
      return caller;
    } catch {
      return undefined;
    }
  };
}

/** A fastify onRequest hook: 401 without a valid token; the caller lands in request.caller. */
export function requireCaller(verify) {
  return async (request, reply) => {
    const caller = await verify(request.headers.authorization);
    if (!caller) {
      return reply.code(401).header('www-authenticate', 'Bearer').send(errorBody('unauthenticated', 'Send a bearer token whose role claim is one of ' + ROLES.join(', ')));
    }
    request.caller = caller;
  };
}

/** Signs a token for a role (tests, the load test, local tries). */
export function signToken(secret, role, subject = 'local', expiresIn = '1h') {
  return new SignJWT({ role }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));
}
