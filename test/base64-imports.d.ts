/**
 * `import data from '../../fixtures/x/y.json?base64'`: the vitest plugin in vitest.config.ts turns any
 * file into its bytes as a base64 string, so fixtures load in Node and in workerd alike.
 */
declare module '*?base64' {
  const base64: string;
  export default base64;
}
