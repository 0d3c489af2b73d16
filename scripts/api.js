// The TypeScript API of every package, one API report per entry point (API Extractor), kept in
// packages/<name>/api/<entry>.api.md and reviewed like code: a change of a public type, function or
// class shows up in the diff of a pull request, and `--check` (run by npm test) fails until the
// report is brought up to date. The elements' own contract (attributes, events, slots, CSS parts)
// is the custom elements manifest's (scripts/manifest.js); this is the rest.
//
// API Extractor reports one entry point per run (microsoft/rushstack#1596), so it runs once per
// `exports` entry that has types, as firebase-admin-node does. Needs the built .d.ts (node scripts/build.js).
//   node scripts/api.js            write the reports
//   node scripts/api.js --check    exit 1 when a report is out of date (prints which)
//   node scripts/api.js --check --only <package> --report-folder <dir>
//                                  one package, against the reports in <dir> (the self-test)
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const check = process.argv.includes('--check');
const folderArg = process.argv.indexOf('--report-folder');
const reportFolderOverride = folderArg > 0 ? resolve(process.argv[folderArg + 1]) : null;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : null;
const root = resolve('.');
const workspaces = JSON.parse(readFileSync('package.json', 'utf8')).workspaces;

/** Every (package, entry point) with types: `.` → index, `./schema` → schema. */
export function entryPoints() {
  const out = [];
  for (const workspace of workspaces) {
    const dir = join(root, workspace);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [key, target] of Object.entries(manifest.exports ?? {})) {
      // The loader and the bundle are script files for pages, not a TypeScript API.
      if (typeof target !== 'object' || !target.types || !target.source) continue;
      const name = key === '.' ? 'index' : key.slice(2).replaceAll('/', '-');
      if (!only || manifest.name === only) out.push({ dir, packageName: manifest.name, name, types: join(dir, target.types) });
    }
  }
  return out;
}

const temp = mkdtempSync(join(tmpdir(), 'niet-alleen-api-'));
const stale = [];
let failed = false;
try {
  const prepared = [];
  for (const entry of entryPoints()) {
    if (!existsSync(entry.types)) {
      console.error(`${entry.packageName}: ${entry.types} is not built (node scripts/build.js)`);
      failed = true;
      continue;
    }
    const reportFolder = reportFolderOverride ?? join(entry.dir, 'api');
    mkdirSync(reportFolder, { recursive: true });
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: entry.dir,
        newlineKind: 'lf',
        mainEntryPointFilePath: entry.types,
        compiler: {
          overrideTsconfig: {
            compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], skipLibCheck: true, strict: true, types: ['mocha'] }, // core/testing's helpers name Mocha's types
            files: [entry.types],
          },
        },
        apiReport: { enabled: true, reportFolder, reportTempFolder: temp, reportFileName: entry.name },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          // Release tags (@public/@beta) and TSDoc syntax are not used here; the report is about shapes.
          extractorMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
          compilerMessageReporting: { default: { logLevel: 'error' } },
        },
      },
      configObjectFullPath: join(entry.dir, 'api-extractor.json'),
      packageJsonFullPath: join(entry.dir, 'package.json'),
    });
    prepared.push({ entry, config });
  }
  // One TypeScript program for every entry point (API Extractor's compilerState): a program per
  // entry parsed the DOM's types 26 times over.
  const compilerState = prepared.length ? CompilerState.create(prepared[0].config, { additionalEntryPoints: prepared.map((p) => p.config.mainEntryPointFilePath) }) : null;
  for (const { entry, config } of prepared) {
    const result = Extractor.invoke(config, { compilerState, localBuild: !check, showVerboseMessages: false, messageCallback: (message) => {
      if (message.logLevel === 'error') console.error(`${entry.packageName} (${entry.name}): ${message.text}`);
      message.handled = true;
    } });
    if (result.errorCount > 0) failed = true;
    if (result.apiReportChanged) stale.push(`${entry.packageName}${entry.name === 'index' ? '' : `/${entry.name}`} (${join(config.reportFolder, `${entry.name}.api.md`).slice(root.length + 1)})`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
if (check && stale.length) {
  console.error(`API reports out of date: ${stale.join(', ')}.\nIf the change is meant, run node scripts/api.js and commit the reports with it.`);
  process.exit(1);
}
if (!check && stale.length) console.log(`API reports written: ${stale.join(', ')}`);
if (failed) process.exit(1);
console.log(`API reports: ${entryPoints().length} entry points${check ? ', all up to date' : ''}.`);
