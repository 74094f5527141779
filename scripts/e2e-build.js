// The browser tests' production build, reused while what `next build` reads is unchanged: a SHA-256 over the build's
// inputs is kept in the build folder once a build succeeds, and a run whose inputs hash the same serves that build.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** What `next build` reads: the app's sources (lib/db/generated included), its configuration and dependencies. */
const INPUTS = [
  "app",
  "lib",
  "public",
  "proxy.ts",
  "next.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
  "postcss.config.mjs",
  "postcss.config.js",
  ".env",
  ".env.local",
  ".env.production",
  ".env.production.local",
  "node_modules/next/package.json",
];
const STAMP = "ib-build-inputs.sha256";

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** next build adds its build folders' type folders to tsconfig.json's "include": they are not inputs. */
function tsconfigText(text) {
  const config = JSON.parse(text);
  config.include = (config.include ?? []).filter((pattern) => !pattern.startsWith(".next"));
  return JSON.stringify(config);
}

/** The hash of the build's inputs, the Node version and the NEXT_PUBLIC_ variables (inlined by the build). */
export function buildInputsHash(root = process.cwd(), env = process.env) {
  const hash = createHash("sha256");
  hash.update(`node ${process.version}\n`);
  for (const name of Object.keys(env)
    .filter((key) => key.startsWith("NEXT_PUBLIC_"))
    .sort()) {
    hash.update(`env ${name}=${env[name]}\n`);
  }
  for (const file of INPUTS.flatMap((input) => filesUnder(join(root, input)))) {
    const relative = file.slice(root.length + 1);
    const read = readFileSync(file);
    const content = relative === "tsconfig.json" ? Buffer.from(tsconfigText(read.toString("utf8"))) : read;
    hash.update(`file ${relative} ${content.length}\n`);
    hash.update(content);
  }
  return hash.digest("hex");
}

/** Builds into env.IB_NEXT_DIST unless it holds a finished build of the same inputs (or `force`). */
export function ensureBuild(env, { force = false } = {}) {
  const dist = resolve(env.IB_NEXT_DIST ?? ".next");
  const stamp = join(dist, STAMP);
  const inputs = buildInputsHash(process.cwd(), env);
  const built = existsSync(join(dist, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === inputs;
  if (built && !force) {
    console.log(`e2e: reusing the build in ${env.IB_NEXT_DIST} (inputs ${inputs.slice(0, 12)} unchanged)`);
    return;
  }
  console.log(`e2e: building into ${env.IB_NEXT_DIST} (inputs ${inputs.slice(0, 12)})`);
  rmSync(stamp, { force: true });
  const next = resolve("node_modules/next/dist/bin/next");
  execFileSync(process.execPath, [next, "build"], { stdio: "inherit", env });
  // Hashed again: the build itself may have touched an input (tsconfig.json), and a change made while it ran must
  // not be stamped as built.
  const after = buildInputsHash(process.cwd(), env);
  if (after === inputs) writeFileSync(stamp, inputs);
  else console.log("e2e: the inputs changed during the build; the next run builds again");
}
