// The peers of issue 32 that our pages are compared with, for `npm run size` (scripts/size.js) and
// `npm run bench` (bench/web-test-runner.bench.config.js serves SurveyJS's files to bench/peers.ts).
import { readFileSync } from 'node:fs';

/**
 * SurveyJS: the page a SurveyJS user builds for the reflector's 11×3 grid, loaded as its docs show
 * for plain JavaScript: survey-core's UMD build, its Dutch strings, survey-js-ui's UMD build and the
 * default theme's CSS. Paths under node_modules (root devDependencies, used by the bench and the size
 * report only; no package of ours depends on them). The CSS's Open Sans web fonts come from
 * fonts.gstatic.com: not JS or CSS, and not counted.
 */
export const surveyJs = {
  scripts: ['survey-core/survey.core.min.js', 'survey-core/i18n/dutch.min.js', 'survey-js-ui/survey-js-ui.min.js'],
  styles: ['survey-core/survey-core.min.css'],
};
export const surveyJsFiles = [...surveyJs.scripts, ...surveyJs.styles];

/** The installed version of an npm package ('2.5.38'). */
export const versionOf = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;

/**
 * easyNWK is an app that is not on npm and cannot be downloaded here (only npm and Debian's registries
 * are reachable): its figure is the one measured for issue 33, quoted, never measured by `npm run size`
 * or `npm run bench`.
 */
export const easyNwk = { gzip: 205_000, source: 'issue 33' };
