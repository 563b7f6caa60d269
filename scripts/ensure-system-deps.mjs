// System tools the tests need, from Debian's packages: Chromium for the browser tests (no tool may
// download its own browser here) and poppler for reading the PDFs back. Installs what is missing when
// we are root (CI, fresh machines); otherwise says what to do and fails.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const NEEDED = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
];
const missing = NEEDED.filter((n) => !existsSync(n.path)).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`The tests need ${missing.join(' and ')}. Install with: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.error(`Installing ${missing.join(', ')} for the tests…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
