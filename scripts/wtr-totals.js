// A web-test-runner reporter that writes the run's totals as JSON (for scripts/test.js, instead of
// reading them back out of the console): per engine (browser name) the tests passed, failed and
// skipped, the test files that failed to load or run, and per file the time its tests took.
import { writeFileSync } from 'node:fs';

function count(suite, into) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) into.skipped++;
    else if (test.passed) into.passed++;
    else into.failed++;
    into.ms += test.duration ?? 0;
  }
  for (const child of suite?.suites ?? []) count(child, into);
  return into;
}

/** @param {string} file where the JSON goes */
export function totalsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const engines = {};
      const files = [];
      for (const session of sessions) {
        const engine = (engines[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 });
        const t = count(session.testResults, { passed: 0, failed: 0, skipped: 0, ms: 0 });
        // A file whose page failed (an error outside any test, a timeout, a crash) counts as one failure.
        const broken = !session.passed && t.failed === 0 ? 1 : 0;
        engine.passed += t.passed;
        engine.failed += t.failed + broken;
        engine.skipped += t.skipped;
        engine.brokenFiles += broken;
        files.push({ engine: session.browser.name, file: session.testFile, ms: Math.round(t.ms), passed: session.passed ?? false });
      }
      files.sort((a, b) => b.ms - a.ms);
      writeFileSync(file, JSON.stringify({ engines, files }, null, 1));
    },
  };
}
