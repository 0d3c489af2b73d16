// The loader's chunk graph as rollup describes it (Map(fileName → chunk), each chunk with its static
// `imports`), read the same way by rollup.config.js (dist/modulepreload.json) and scripts/size.js
// (what a page transfers), so that what is preloaded and what is measured cannot drift apart.

const facade = /packages[\\/](?:([^\\/]+)[\\/]src[\\/](?:index|define)|[^\\/]+[\\/]src[\\/]define[\\/]([^\\/]+))\.ts$/;
/**
 * The package whose index.ts or define.ts (what the loader imports) a chunk is the facade of
 * ('netwerkkaart'), or the element a package's define/<element>.ts registers alone ('interesses-waarden'),
 * or undefined. A package that another package also imports statically (the
 * dossier imports its first phase's instruments) has no facade module in rollup's terms: its
 * define.ts is then one of the chunk's modules.
 */
export const packageOf = (chunk) => {
  const match = facade.exec(chunk.facadeModuleId ?? (chunk.isDynamicEntry ? chunk.moduleIds?.find((id) => facade.test(id)) : undefined) ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
};

/**
 * `name` and every chunk it imports statically, directly or through others: all of them load
 * before it runs. Added to `into` (give the entry's closure to get only what a chunk adds), in
 * depth-first order.
 */
export function chunkClosure(chunks, name, into = new Set()) {
  if (!into.has(name)) {
    const chunk = chunks.get(name);
    if (!chunk) throw new Error(`chunkClosure: no chunk ${name}`);
    into.add(name);
    for (const dep of chunk.imports) chunkClosure(chunks, dep, into);
  }
  return into;
}

/** The entry chunk (the loader, niet-alleen.js). */
export function entryChunk(chunks) {
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (!entry) throw new Error('the loader has no entry chunk');
  return entry;
}
