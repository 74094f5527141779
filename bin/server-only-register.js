// Registers server-only-hooks.js: imported by bin/ib.js before it runs lib/ from source, and usable as
// `node --import ./bin/server-only-register.js` by any process that does.
import { register } from "node:module";

register("./server-only-hooks.js", import.meta.url);
