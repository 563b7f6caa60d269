#!/usr/bin/env node
import { main } from '../dist/cli.js';

// A reader that closes the pipe (`| head`) or a full disk behind stdout ends the command with one
// line and code 1, not a stack trace.
process.stdout.on('error', (error) => {
  process.stderr.write(`tremplin: cannot write stdout (${error.code ?? error.name})\n`);
  process.exit(1);
});
process.exitCode = await main(process.argv.slice(2));
