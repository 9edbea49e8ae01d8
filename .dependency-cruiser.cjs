/** Layer rules of shared/STYLE.md, checked in CI: a violation fails the build. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain imports only decimal.js and date-fns (and Node built-ins nowhere)',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { dependencyTypesNot: ['local', 'type-only'], pathNot: ['decimal\\.js', 'date-fns', '@date-fns/utc', 'fast-check'] },
    },
    {
      name: 'domain-imports-nothing-of-ours',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { path: '^(packages/(?!domain/)|apps/)' },
    },
    {
      name: 'application-imports-domain-and-zod-only',
      severity: 'error',
      from: { path: '^packages/application/src', pathNot: '\\.test\\.ts$|/testing/|testing\\.ts$' },
      to: { dependencyTypesNot: ['local', 'type-only'], pathNot: ['^packages/domain', 'zod'] },
    },
    {
      name: 'application-never-imports-adapters-or-apps',
      severity: 'error',
      from: { path: '^packages/application/src' },
      to: { path: '^(packages/adapters-|apps/)' },
    },
    {
      name: 'only-composition-and-apps-import-adapters',
      severity: 'error',
      from: { path: '^packages/(domain|application)/' },
      to: { path: '^packages/(adapters-|composition)' },
    },
    {
      name: 'adapters-never-import-each-other',
      severity: 'error',
      from: { path: '^packages/(adapters-[^/]+)/' },
      to: { path: '^packages/adapters-', pathNot: '^packages/$1/' },
    },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'only-apps-use-inversify',
      comment: 'packages/composition holds the bindings the two apps share (STYLE.md)',
      severity: 'error',
      from: { path: '^packages/', pathNot: '^packages/composition/' },
      to: { path: 'inversify|reflect-metadata' },
    },
    {
      name: 'no-deep-imports-into-packages',
      comment: 'other packages are reached through their index.ts only',
      severity: 'error',
      from: { path: '^(packages|apps)/([^/]+)/' },
      to: { path: '^packages/([^/]+)/src/', pathNot: ['^packages/$2/', '^packages/[^/]+/src/index\\.ts$', '^packages/application/src/testing\\.ts$'] },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
