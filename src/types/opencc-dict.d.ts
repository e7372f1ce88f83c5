// opencc-js's dictionaries (its `./*` export: dist/esm-lib/dict/*.js), which it ships without types:
// each module's default export is `key value|key value…` (src/text/script-convert.ts).
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
