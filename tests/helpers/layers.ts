// The layer rule of lib/ (docs/architecture.md, "Layers"): a pure checker over one file's source, so a test can
// run it on the real tree and on synthetic files alike.
import { posix } from "node:path";
import ts from "typescript";

/** Levels from the bottom up; folders sharing a level are peers and do not import each other. */
export type LayerOrder = string[][];

export interface LayerViolation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

const UI_PACKAGES = /^(next|react|react-dom|zustand|@xyflow\/[^/]+)(\/.*)?$/;

/** Reads the ```layers fenced block: one level per line, bottom first, peers separated by commas. */
export function parseLayerOrder(markdown: string): LayerOrder {
  const block = /^```layers\n([\s\S]*?)^```/m.exec(markdown);
  if (!block) throw new Error('docs/architecture.md has no "```layers" block');
  return block[1]
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.split(",").map((folder) => folder.trim()));
}

/** The layer a lib/ path belongs to: its first folder, or the file's name for a file directly in lib/. */
export function layerOf(libPath: string): string {
  const [first, ...rest] = posix.relative("lib", libPath).split("/");
  return rest.length ? first : first.replace(/\.tsx?$/, "");
}

/** Every module specifier a source names: static, type-only, re-exports, `import()` and `import("x").T`. */
export function importsOf(source: string): { specifier: string; line: number }[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((imported) => ({
    specifier: imported.fileName,
    line: source.slice(0, imported.pos).split("\n").length,
  }));
}

/** The lib/ path an import points at, "" for a package, or the non-lib path it escapes to. */
function targetOf(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return posix.normalize(posix.join(posix.dirname(file), specifier));
  return "";
}

/** The violations of one lib/ file (path relative to the repository, e.g. "lib/auth/store.ts"). */
export function layerViolations(file: string, source: string, order: LayerOrder): LayerViolation[] {
  const level = new Map(order.flatMap((folders, index) => folders.map((folder) => [folder, index] as const)));
  const from = layerOf(file);
  const fromLevel = level.get(from);
  if (fromLevel === undefined)
    return [{ file, line: 1, specifier: "", rule: `lib/${from} is not in the layer order of docs/architecture.md` }];
  const violations: LayerViolation[] = [];
  for (const { specifier, line } of importsOf(source)) {
    const violation = (rule: string) => violations.push({ file, line, specifier, rule });
    if (UI_PACKAGES.test(specifier)) {
      violation("lib/ imports no UI framework (next, react, react-dom, @xyflow/*, zustand)");
      continue;
    }
    const target = targetOf(file, specifier);
    if (target === "") continue;
    if (target !== "lib" && !target.startsWith("lib/")) {
      violation(`lib/ imports nothing outside lib/ (${target})`);
      continue;
    }
    const to = layerOf(target);
    const toLevel = level.get(to);
    if (to === from) continue;
    if (toLevel === undefined) violation(`lib/${to} is not in the layer order of docs/architecture.md`);
    else if (toLevel === fromLevel) violation(`${from} and ${to} are peers on one level: neither imports the other`);
    else if (toLevel > fromLevel) violation(`${from} is below ${to}: imports only point down`);
  }
  return violations;
}

export const formatViolation = (violation: LayerViolation) =>
  `${violation.file}:${violation.line} imports "${violation.specifier}": ${violation.rule}`;
