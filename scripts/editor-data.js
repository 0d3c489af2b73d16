// Editor data from a package's custom-elements.json (run by analyze.js, generated, never committed):
// vscode.html-custom-data.json (VS Code's html.customData setting) and web-types.json (JetBrains IDEs
// read it through the package.json "web-types" field): every element with its description, attributes
// (enumerated values from string-literal unions) and events.
const literals = (type = '') => {
  const parts = type.split('|').map((s) => s.trim());
  return parts.length > 1 && parts.every((p) => /^'[^']*'$|^null$|^undefined$/.test(p)) ? parts.filter((p) => p.startsWith("'")).map((p) => p.slice(1, -1)) : [];
};

const elementsOf = (manifest) => manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));

export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((d) => ({
      name: d.tagName,
      description: d.description ?? '',
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        description: a.description ?? '',
        ...(literals(a.type?.text).length ? { values: literals(a.type.text).map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((d) => ({
          name: d.tagName,
          description: d.description ?? '',
          attributes: (d.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            value: literals(a.type?.text).length ? { type: 'enum', enum: literals(a.type.text) } : { type: a.type?.text ?? 'string' },
          })),
          js: { events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })) },
        })),
      },
    },
  };
}
