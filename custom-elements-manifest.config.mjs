// Custom Elements Manifest: JSDoc on each component is the public API's source of truth.
export default {
  globs: ['src/core/base.ts', 'src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/messages.ts', 'src/**/model.ts', 'src/**/projection.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
