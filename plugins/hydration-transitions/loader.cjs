// @ts-check
// Build-time loader for the files listed in patches.cjs (see there for why).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- rspack requires loaders as CommonJS
const {patchSource} = require('./patches.cjs');

/**
 * @this {{resourcePath: string}}
 * @param {string} source
 */
module.exports = function hydrationTransitionsLoader(source) {
  return patchSource(this.resourcePath, source);
};
