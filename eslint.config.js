import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/*.cjs', '**/node_modules/**', '**/dist/**', '.los-data/**', '**/.los-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Tests read JSON responses loosely.
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The domain is pure: no clock, no randomness, no environment (STYLE.md "Dependency direction").
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'the domain reads no environment' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'time comes in as an argument' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'time comes in as an argument' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'randomness comes in as an argument' },
        { selector: "CallExpression[callee.name='randomUUID']", message: 'ids come in as arguments' },
        { selector: "CallExpression[callee.property.name='toNumber']", message: 'no floats for money, rates or ratios' },
        { selector: "CallExpression[callee.property.name='set'][callee.object.name='Decimal']", message: 'never change Decimal globally' },
      ],
    },
  },
  {
    // Only the apps read the environment.
    files: ['packages/**/*.ts'],
    ignores: ['packages/**/*.test.ts', 'packages/**/test/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'only apps/* read the environment' }] },
  },
);
