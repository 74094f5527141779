// The client/server boundary: a "use client" module, and every module of the repository it imports (type-only
// imports too), never reaches a module that imports "server-only". A pure checker over sources, so a test can run it
// on the real tree and on synthetic files alike.
import { posix } from "node:path";
import { importsOf } from "./layers";

export const SERVER_ONLY = "server-only";

/** Sources by repository-relative path ("app/x/Widget.tsx", "lib/flows/store.ts"). */
export type Sources = ReadonlyMap<string, string>;

/** A module whose first statement, after comments, is the "use client" directive. */
export const isClientModule = (source: string) => /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*["']use client["']/.test(source);

export const importsServerOnly = (source: string) =>
  importsOf(source).some(({ specifier }) => specifier === SERVER_ONLY);

/** The repository file an import names (`@/…` or relative), or undefined for a package or a missing file. */
export function resolveImport(file: string, specifier: string, sources: Sources): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = posix.normalize(posix.join(posix.dirname(file), specifier));
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => sources.has(candidate));
}

/** Every client module's shortest import chain to each server-only module it reaches, as one line each. */
export function clientBoundaryViolations(sources: Sources): string[] {
  const violations: string[] = [];
  for (const [client, source] of sources) {
    if (!isClientModule(source)) continue;
    const parent = new Map<string, string | null>([[client, null]]);
    const queue = [client];
    while (queue.length) {
      const file = queue.shift()!;
      const text = sources.get(file)!;
      if (importsServerOnly(text)) {
        const chain: string[] = [];
        for (let at: string | null = file; at !== null; at = parent.get(at)!) chain.unshift(at);
        violations.push(`${client} reaches ${file}, which imports "${SERVER_ONLY}": ${chain.join(" → ")}`);
        continue;
      }
      for (const { specifier } of importsOf(text)) {
        const target = resolveImport(file, specifier, sources);
        if (target === undefined || parent.has(target)) continue;
        parent.set(target, file);
        queue.push(target);
      }
    }
  }
  return violations;
}

const SERVER_RESOURCES = new Set(["lib/db/client.ts", "lib/secrets/key.ts", "lib/secrets/crypto.ts"]);
const FILESYSTEM = /^(node:)?(fs|fs\/promises|child_process)$/;

/**
 * The lib/ modules that must import "server-only" and do not: every store.ts and service.ts, and every module that
 * opens the database, the secret key or the filesystem.
 */
export function unmarkedServerModules(sources: Sources): string[] {
  return [...sources]
    .filter(([file, source]) => {
      if (!file.startsWith("lib/") || importsServerOnly(source)) return false;
      if (/\/(store|service)\.ts$/.test(file)) return true;
      return importsOf(source).some(
        ({ specifier }) =>
          FILESYSTEM.test(specifier) || SERVER_RESOURCES.has(resolveImport(file, specifier, sources) ?? ""),
      );
    })
    .map(([file]) => file);
}
