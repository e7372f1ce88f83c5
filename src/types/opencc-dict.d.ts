// opencc-js's dictionaries (its `./*` export: dist/esm-lib/dict/*.js), which it ships without types:
// each module's default export is `key value|key value…`. The tests import them to check
// src/text/script-convert.ts, which reads the same files itself when it makes a converter.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
