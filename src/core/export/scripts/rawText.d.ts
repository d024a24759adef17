// The scoring scripts ship as they are written, imported as text (Vite's `?raw`). Declared here too,
// because the Node test project does not load Vite's client types.
declare module '*/predict.mjs?raw' {
  const text: string;
  export default text;
}
declare module '*/predict.py?raw' {
  const text: string;
  export default text;
}
