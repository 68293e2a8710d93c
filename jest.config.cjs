/** Tests run TypeScript through esbuild (TypeScript 7 has no JS API for ts-jest; tsc --noEmit type-checks). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild.cjs' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
};
