// Each package's custom-elements.json (scripts/analyze.js + scripts/manifest.js) validates against the
// custom-elements-manifest schema (the package's schema.json, with ajv), and holds what editors,
// Storybook and the React wrappers read: every event typed (na-change with the element's own value
// type), no base-class `T` left, module paths of shipped files (dist/*.js, each built from a src/*.ts
// that exists), and a custom-element-definition export for every tag. Reads the generated manifests
// (npm test and generate.js write them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
const packages = readdirSync('packages').filter((name) => existsSync(`packages/${name}/custom-elements.json`));
const manifestOf = (name) => JSON.parse(readFileSync(`packages/${name}/custom-elements.json`, 'utf8'));
const elementsOf = (manifest) => manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));

test('every package manifest validates against the custom-elements-manifest schema', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  assert.ok(packages.length >= 9, packages.join());
  for (const name of packages) {
    const ok = validate(manifestOf(name));
    assert.ok(ok, `${name}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
  }
  // The validator does refuse a broken manifest (so the loop above can fail).
  assert.equal(validate({ schemaVersion: '1.0.0', modules: [{ kind: 'javascript-module' }] }), false);
});

test('module paths point at shipped files: dist/*.js, each built from an existing src/*.ts', () => {
  for (const name of packages) {
    const manifest = manifestOf(name);
    const paths = [];
    const collect = (value) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof v === 'string' && !value.package) paths.push(v);
          collect(v);
        }
      }
    };
    collect(manifest);
    assert.ok(paths.length > 0, name);
    for (const path of paths) {
      assert.match(path, /^dist\/.+\.js$/, `${name}: ${path}`);
      assert.ok(existsSync(`packages/${name}/${path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`), `${name}: ${path} has its source`);
    }
  }
});

test('every element: events typed, the value type instead of T, a custom-element-definition export', () => {
  let tags = 0;
  for (const name of packages) {
    const manifest = manifestOf(name);
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    for (const d of elementsOf(manifest)) {
      tags++;
      const definition = definitions.find((e) => e.name === d.tagName);
      assert.ok(definition, `${d.tagName} has a custom-element-definition export`);
      assert.equal(definition.declaration.name, d.name, d.tagName);
      for (const e of d.events ?? []) assert.ok(e.type?.text, `${d.tagName}: ${e.name} has a type`);
      for (const m of d.members ?? []) {
        for (const text of [m.type?.text, m.return?.type?.text, ...(m.parameters ?? []).map((p) => p.type?.text)]) {
          if (text) assert.doesNotMatch(text, /\bT\b/, `${d.tagName}.${m.name}: ${text}`);
        }
      }
    }
  }
  assert.ok(tags > 20, `${tags} tags`);
});

test('na-signaleringskaart: na-change carries its value type, value is a SignaleringskaartValue', () => {
  const kaart = elementsOf(manifestOf('signaleringskaart')).find((d) => d.tagName === 'na-signaleringskaart');
  const change = kaart.events.find((e) => e.name === 'na-change');
  assert.equal(change.type.text, 'NaChangeEvent<SignaleringskaartValue>');
  assert.equal(kaart.events.find((e) => e.name === 'na-signal-forward').type.text, 'NaSignalForwardEvent');
  assert.equal(kaart.members.find((m) => m.name === 'value').type.text, 'SignaleringskaartValue');
  const reflector = elementsOf(manifestOf('reflectors')).find((d) => d.tagName === 'na-reflector-vooroordelen');
  assert.equal(reflector.events.find((e) => e.name === 'na-change').type.text, 'NaChangeEvent<ReflectorValue>', 'inherited through NaReflector');
});
