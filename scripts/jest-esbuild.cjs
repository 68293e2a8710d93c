// Jest transform: TypeScript -> CommonJS with esbuild (fast, no TypeScript JS API needed).
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: 'inline',
    });
    return { code: result.code };
  },
};
