/**
 * Registers this package's elements, with its translations: what the one-line embed
 * (niet-alleen.js) loads when a page uses one of its tags. The package's index adds the schemas,
 * examples and helpers (issue 32: a page loads only what it uses). Each element can also be
 * registered alone (`./define/<tag without na->`): the loader loads only the one a page uses.
 */
import './define/talentenkaart.js';
import './define/talentenkaart-groep.js';
import './define/interesses-waarden.js';
