// Installs the independent services the tests start (tests/services/*/, each with its own pinned package.json and
// lockfile, kept out of the app's dependencies): run before the tests, so a fresh clone's `npm test` has them. A
// folder is installed again only when its lockfile changed since its last install.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "tests", "services");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

for (const name of existsSync(root) ? readdirSync(root) : []) {
  const folder = join(root, name);
  const lockfile = join(folder, "package-lock.json");
  if (!existsSync(lockfile)) continue;
  const stamp = join(folder, "node_modules", ".installed-lock-sha256");
  const wanted = createHash("sha256").update(readFileSync(lockfile)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) continue;
  console.log(`Installing the test service ${name} (tests/services/${name}) …`);
  execFileSync(npm, ["install", "--no-audit", "--no-fund", "--prefix", folder], { stdio: "inherit" });
  writeFileSync(stamp, wanted);
}
