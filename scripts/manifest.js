// What @custom-elements-manifest/analyzer cannot know, filled in from our sources (run by analyze.js).
// Regular expressions over the code, not a second TypeScript analysis: the patterns are ours and few
// (`class X extends NaInstrumentElement<V>`, `InstrumentListeners<V>`, `interface HTMLElementEventMap`,
// `defineElement('na-x', X)`), and scripts/test/manifest.test.js checks the result for every element.

import { posix } from 'node:path';

/** A JSON walk: calls visit(object) for every object in value. */
function walk(value, visit) {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    visit(value);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

/**
 * In place: per element the value type instead of the base class's `T`, a `type` on every event
 * (its event class; `na-change` with the element's value type), and a `custom-element-definition`
 * export for every tag, in the module that calls defineElement.
 */
export function completeManifest(manifest, read) {
  const valueTypes = new Map(); // class → value type
  const eventClasses = new Map(); // event name → event class
  const definitions = []; // { tag, className, module }
  for (const module of manifest.modules) {
    const code = read(module.path);
    for (const [, name, type] of code.matchAll(/class (\w+) extends NaInstrumentElement<(\w+)>/g)) valueTypes.set(name, type);
    for (const [, name, type] of code.matchAll(/interface (\w+)\s*\{\s*addEventListener: InstrumentListeners<(\w+)>/g)) valueTypes.set(name, type);
    for (const [, body] of code.matchAll(/interface HTMLElementEventMap\s*\{([^}]*)\}/g)) {
      for (const [, name, type] of body.matchAll(/'(na-[\w-]+)':\s*(\w+)/g)) eventClasses.set(name, type);
    }
    for (const [, tag, className] of code.matchAll(/defineElement\(\s*'([\w-]+)',\s*(\w+)\s*\)/g)) definitions.push({ tag, className, module });
  }
  const classes = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, { d, path: m.path }])));
  const valueTypeOf = (name) => {
    for (let c = name; c; c = classes.get(c)?.d.superclass?.name) if (valueTypes.has(c)) return valueTypes.get(c);
    return undefined;
  };

  for (const { d } of classes.values()) {
    if (!d.tagName) continue;
    const value = valueTypeOf(d.name);
    if (value) {
      for (const member of d.members ?? []) {
        if (member.inheritedFrom?.name !== 'NaInstrumentElement') continue;
        walk(member, (o) => {
          if (typeof o.text === 'string') o.text = o.text.replace(/\bT\b/g, value);
        });
      }
    }
    // An attribute the analyzer left untyped (its field's type is inferred from a default) gets its field's type.
    for (const attribute of d.attributes ?? []) {
      const field = (d.members ?? []).find((m) => m.name === attribute.fieldName);
      if (!attribute.type && field?.type) attribute.type = { ...field.type };
    }
    for (const event of d.events ?? []) {
      const eventClass = eventClasses.get(event.name) ?? 'Event';
      event.type = { text: event.name === 'na-change' && value ? `${eventClass}<${value}>` : eventClass };
    }
  }

  // The schema (1.0) describes a mixin as one that adds custom-element features, with
  // `customElement: true` required; the analyzer leaves it out. Ours (FormAssociated) is one.
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) if (d.kind === 'mixin') d.customElement ??= true;
  }

  const defined = new Set();
  for (const { tag, className, module } of definitions) {
    const declared = classes.get(className);
    if (!declared?.d.tagName) continue;
    module.exports ??= [];
    module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: declared.path } });
    defined.add(tag);
  }
  for (const { d, path } of classes.values()) {
    if (!d.tagName || defined.has(d.tagName)) continue;
    throw new Error(`manifest: ${d.tagName} (${path}) is registered by no defineElement('${d.tagName}', ${d.name}) call`);
  }
  return manifest;
}

/**
 * A copy of the manifest for one package, with the paths of the files the package ships:
 * `packages/<folder>/src/x.ts` → `dist/x.js`; a reference into another of our packages names it (`package`).
 */
export function shippedPaths(manifest, folder, packageNames) {
  const copy = structuredClone(manifest);
  const shipped = (path) => {
    const m = /^packages\/([^/]+)\/src\/(.+)\.[jt]s$/.exec(path);
    return m ? { folder: m[1], path: `dist/${m[2]}.js` } : null;
  };
  for (const module of copy.modules) {
    const dir = module.path.slice(0, module.path.lastIndexOf('/') + 1);
    walk(module, (o) => {
      for (const key of ['path', 'module']) {
        if (typeof o[key] !== 'string') continue;
        // The analyzer leaves some references relative ('./records.js') or rooted ('/packages/…').
        const ref = o[key].startsWith('.') ? posix.normalize(dir + o[key]) : o[key].replace(/^\//, '');
        const target = shipped(ref);
        if (!target) continue;
        o[key] = target.path;
        if (key === 'module' && target.folder !== folder) o.package = packageNames[target.folder];
      }
    });
  }
  return copy;
}

/**
 * The manifest for Storybook's docs tables: an element's public API only. Storybook lists every member
 * it finds, so private and protected members (#value, commit, …) would fill the table of each instrument.
 */
export function publicOnly(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const d of module.declarations ?? []) {
      if (d.tagName && d.members) d.members = d.members.filter((m) => !m.privacy || m.privacy === 'public').filter((m) => !m.name.startsWith('#') && !m.static);
    }
  }
  return copy;
}
