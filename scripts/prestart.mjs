// `npm start` loads this before dist/main.js (`node --import ./scripts/prestart.mjs dist/main.js`):
// it builds dist/ first when src/ changed since the last build (scripts/build.mjs), in the server's
// own process. As npm's `prestart` it was a second node and shell of every start (~0.25 s of the
// time to ready); Node runs `--import` modules before it resolves the main module, so a missing or
// stale dist/main.js is built before it is read.
import { ensureBuilt } from './build.mjs';

ensureBuilt();
