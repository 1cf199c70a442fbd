// typescript-eslint as installed in this workspace, beside TypeScript 6 (see package.json here).
export { default } from 'typescript-eslint';
