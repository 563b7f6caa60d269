// Who calls, from a signed bearer token: the audience every response is cut for is the caller's
// role claim, never a query parameter. Tokens are verified with jose (HS256 with a shared secret,
// or keys from a JWKS URL for an identity provider).
import { createRemoteJWKSet, jwtVerify, SignJWT } from 'jose';
import { errorBody } from './http-errors.js';

/** Roles a token may carry; each is the audience of the same name in @tremplin/schemas. */
export const ROLES = ['worker', 'employer', 'occupational-health', 'commission'];

/**
 * @param {{ secret?: string, jwksUrl?: string, issuer?: string, audience?: string }} options
 * @returns {(authorization: string | undefined) => Promise<{ role: string, subject: string } | undefined>}
 */
export function tokenVerifier(options) {
  const key = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : new TextEncoder().encode(options.secret ?? '');
  if (!options.jwksUrl && (options.secret ?? '').length < 32) throw new Error('auth.secret must be at least 32 characters (or give auth.jwksUrl)');
  const algorithms = options.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'];
  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(authorization ?? '');
    if (!match) return undefined;
    try {
      const { payload } = await jwtVerify(match[1], key, { algorithms, issuer: options.issuer, audience: options.audience });
      if (!ROLES.includes(payload.role)) return undefined;
      return { role: payload.role, subject: String(payload.sub ?? '') };
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
