// A streamed body counted as it is read: past `limit` bytes reading stops with a typed error, so a
// 1 GB body costs the service `limit` bytes of reading, not a gigabyte.
export class BodyTooLarge extends Error {
  constructor(limit) {
    super(`A batch body is at most ${limit} bytes`);
  }
}

export async function* boundedBody(stream, limit) {
  let read = 0;
  for await (const chunk of stream) {
    read += chunk.length;
    if (read > limit) throw new BodyTooLarge(limit);
    yield chunk;
  }
}
