// One log line per request, written when it is answered: method, path, status and time (the app's
// serializers keep anything else out). Fastify writes two, on arrival and on answer; pino writes
// synchronously, so every line is main-thread time taken from the requests behind it.
import { LogController } from 'fastify';

export class OneLinePerRequest extends LogController {
  incomingRequest() {}

  requestCompleted(error, request, reply) {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
