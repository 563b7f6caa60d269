/** The part of esbuild's metafile this reads (structural, so this file needs no esbuild of its own). */
export interface ChunkGraph {
  outputs: Record<string, { entryPoint?: string; imports: Array<{ path: string; kind: string }>; inputs: Record<string, unknown> }>;
}

/**
 * The source files a page loads before anything else, from a code-split build's metafile: the chunks of
 * the entries `isEntry` picks and every chunk they import statically — not those loaded by `import()`.
 */
export function firstChunkInputs(graph: ChunkGraph, isEntry: (entryPoint: string | undefined) => boolean): string[] {
  const { outputs } = graph;
  const seen = new Set<string>();
  const stack = Object.keys(outputs).filter((k) => isEntry(outputs[k]!.entryPoint));
  while (stack.length) {
    const k = stack.pop()!;
    if (seen.has(k)) continue;
    seen.add(k);
    for (const i of outputs[k]!.imports) if (i.kind === 'import-statement') stack.push(i.path);
  }
  return [...seen].flatMap((k) => Object.keys(outputs[k]!.inputs));
}
