// Custom Elements Manifest: JSDoc on each component is the public API's source of truth.
// The plugins read `static tagName` (tags are registered through define(), which the analyzer
// cannot see) and expand literal union types into their options for controls and editors.
import { literalTypes, staticTagName } from './scripts/cem-plugins.mjs';

export default {
  globs: ['src/core/base.ts', 'src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/messages.ts', 'src/**/model.ts', 'src/**/projection.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [staticTagName(), literalTypes()],
};
