// Walks a schema the way data is laid out: every property and array item, following $refs across
// files, and reports the data path pattern (`/actions/*/title`) with the node that describes it.
// Used by codegen (field catalogue) and by tests (every field has a confidentiality class).

/** @param {Map<string, object>} schemasByFile file name → schema document */
export function walkFields(schemasByFile, rootFile, visit) {
  const root = schemasByFile.get(rootFile);
  walk({ file: rootFile, pointer: '', node: root }, '', [], 0);

  function resolve(file, ref) {
    const [target, fragment = ''] = ref.split('#');
    const targetFile = target === '' ? file : target;
    const doc = schemasByFile.get(targetFile);
    if (!doc) throw new Error(`Unresolved $ref ${ref} in ${file}`);
    let node = doc;
    for (const part of fragment.split('/').filter(Boolean)) node = node[part];
    if (!node) throw new Error(`Unresolved $ref ${ref} in ${file}`);
    return { file: targetFile, pointer: fragment, node };
  }

  // A property node may carry title/confidentiality beside its $ref: the chain is [own, ...referenced].
  function chainOf(loc) {
    const chain = [loc];
    let cur = loc;
    while (cur.node.$ref) {
      cur = resolve(cur.file, cur.node.$ref);
      chain.push(cur);
    }
    return chain;
  }

  function first(chain, key) {
    for (const loc of chain) if (loc.node[key] !== undefined) return { value: loc.node[key], loc };
    return undefined;
  }

  function walk(loc, dataPath, ancestors, depth) {
    if (depth > 20) throw new Error(`Schema too deep at ${dataPath}`);
    const chain = chainOf(loc);
    if (dataPath !== '') visit({ dataPath, chain, first: (key) => first(chain, key) });
    const shape = chain[chain.length - 1];
    const props = first(chain, 'properties');
    if (props) {
      for (const [name, child] of Object.entries(props.value)) {
        walk(
          { file: props.loc.file, pointer: `${props.loc.pointer}/properties/${name}`, node: child },
          `${dataPath}/${name}`,
          [...ancestors, shape],
          depth + 1,
        );
      }
    }
    const items = first(chain, 'items');
    if (items && typeof items.value === 'object') {
      walk({ file: items.loc.file, pointer: `${items.loc.pointer}/items`, node: items.value }, `${dataPath}/*`, [...ancestors, shape], depth + 1);
    }
  }
}
