// The Custom Elements Manifest analyzer's settings: only the element classes (and
// their base) are read, so helpers' internals never show up in docs and Storybook.
export default {
  globs: ['src/**/dialogue-*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
