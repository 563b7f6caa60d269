// The documentation's runnable snippets. A fenced block is runnable when the line before its fence is
// `<!-- runnable -->` (`<!-- runnable browser -->` for an HTML page to open in Chromium); the comment
// shows in no rendered page. A ```text output block right after it is what the snippet must print.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Snippet {
  /** Where it is, for the test's name: `docs/rules.md:120`. */
  where: string;
  lang: string;
  browser: boolean;
  code: string;
  /** What it must print on stdout (trimmed), when the docs show it. */
  output?: string;
}

const MARK = /^<!--\s*runnable(\s+browser)?\s*-->\s*$/;
const FENCE = /^(```+|~~~+)\s*([\w-]*)(.*)$/;

/** The runnable snippets of one Markdown text. A marker not followed by a fence is an error, not a skip. */
export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const snippets: Snippet[] = [];
  const block = (start: number) => {
    const open = FENCE.exec(lines[start] ?? '');
    if (!open) return undefined;
    const end = lines.findIndex((l, i) => i > start && l.trimEnd() === open[1]);
    if (end < 0) throw new Error(`${file}:${start + 1}: unclosed fence`);
    return { lang: open[2]!, info: open[3]!.trim(), code: lines.slice(start + 1, end).join('\n'), end };
  };
  const nextNonBlank = (from: number) => {
    let i = from;
    while (i < lines.length && lines[i]!.trim() === '') i++;
    return i;
  };
  for (let i = 0; i < lines.length; i++) {
    const mark = MARK.exec(lines[i]!.trim());
    if (!mark) continue;
    const at = nextNonBlank(i + 1);
    const snippet = block(at);
    if (!snippet) throw new Error(`${file}:${i + 1}: a runnable marker must precede a fenced code block`);
    const after = nextNonBlank(snippet.end + 1);
    const out = block(after);
    const output = out && out.lang === 'text' && out.info === 'output' ? out.code.trim() : undefined;
    snippets.push({ where: `${file}:${at + 1}`, lang: snippet.lang, browser: !!mark[1], code: snippet.code, ...(output !== undefined ? { output } : {}) });
    i = snippet.end;
  }
  return snippets;
}

/** README.md, docs/*.md and the packages' and examples' READMEs of the repository at `root`. */
export function documentationFiles(root: string): string[] {
  const md = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.md')).map((f) => join(root, dir, f));
  const readmes = (dir: string) => readdirSync(join(root, dir)).map((d) => join(root, dir, d, 'README.md')).filter((f) => {
    try { return readFileSync(f) && true; } catch { return false; }
  });
  return [join(root, 'README.md'), ...md('docs'), ...readmes('packages'), ...readmes('examples')];
}

export function snippetsOf(root: string): Snippet[] {
  return documentationFiles(root).flatMap((f) => extractSnippets(readFileSync(f, 'utf8'), relative(root, f)));
}
