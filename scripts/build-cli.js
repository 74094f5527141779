// Builds the `ib` command line once (at npm install and npm run build) so it starts without compiling TypeScript:
// lib/cli/main.ts bundled with esbuild into dist/cli/ (gitignored). Each command stays a chunk of its own, loaded on
// demand; packages from node_modules are not bundled. bin/ib.js uses the build while it is newer than lib/.
import { build } from "esbuild";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";

// `node scripts/build-cli.js [OUTDIR]`: OUTDIR (default dist/cli) must sit inside the repository so the build finds
// node_modules.
const outdir = process.argv[2] ?? "dist/cli";

/** The package.json directory above a resolved file. */
function packageDir(file) {
  let dir = dirname(file);
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

// Node's ESM loader wants the file extension in a deep import ("ajv/dist/2020") of a package without an exports map.
const deepImportsWithExtension = {
  name: "deep-imports-with-extension",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(@[^/]+\/)?[^./][^/]*\/.+/ }, ({ path, resolveDir }) => {
      if (path.startsWith("node:")) return undefined;
      const file = createRequire(join(resolveDir, "noop.js")).resolve(path);
      const dir = packageDir(file);
      if (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).exports) return { path, external: true };
      const name = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : path.split("/")[0];
      return { path: `${name}/${relative(dir, file)}`, external: true };
    });
  },
};

// `ib` runs only on the server: "server-only" (which throws outside a react-server build) is bundled as its no-op.
const serverOnlyNoop = {
  name: "server-only-noop",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^server-only$/ }, ({ path }) => ({ path, namespace: "server-only-noop" }));
    esbuild.onLoad({ filter: /.*/, namespace: "server-only-noop" }, () => ({ contents: "", loader: "js" }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { ib: "lib/cli/main.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  plugins: [serverOnlyNoop, deepImportsWithExtension],
  outExtension: { ".js": ".mjs" },
  logLevel: "warning",
});
