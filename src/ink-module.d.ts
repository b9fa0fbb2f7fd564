// Stories are compiled at build time by the ink Vite plugin (src/authoring): the default export is the
// compiled ink JSON.
declare module '*.ink' {
  const story: Record<string, unknown>;
  export default story;
}
