// lib/ folders form layers that only point down, in the order docs/architecture.md writes; lib/ imports no UI framework.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatViolation, layerViolations, parseLayerOrder } from "../../helpers/layers";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const order = parseLayerOrder(readFileSync(`${ROOT}docs/architecture.md`, "utf8"));

/** Every TypeScript file of lib/, repository-relative; the Prisma client Prisma generates is not ours. */
function libFiles(dir = "lib"): string[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return path === "lib/db/generated" ? [] : libFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("layers of lib/", () => {
  it("names every folder of lib/ once, and only folders that exist", () => {
    const listed = order.flat();
    const present = [...new Set(libFiles().map((file) => file.split("/")[1].replace(/\.tsx?$/, "")))].sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(present);
  });

  it("has no import of a UI framework, of app/, or up the order", () => {
    const violations = libFiles().flatMap((file) =>
      layerViolations(file, readFileSync(`${ROOT}${file}`, "utf8"), order).map(formatViolation),
    );
    expect(violations).toEqual([]);
  });

  it("bites: a UI import, an app import, an upward import and a peer import are each reported", () => {
    const check = (file: string, source: string) => layerViolations(file, source, order).map(formatViolation);
    expect(check("lib/auth/x.ts", 'import { useState } from "react";\n')).toEqual([
      'lib/auth/x.ts:1 imports "react": lib/ imports no UI framework (next, react, react-dom, @xyflow/*, zustand)',
    ]);
    expect(
      check(
        "lib/auth/x.ts",
        'import type { Flow } from "../flow/model";\nimport { listFlows } from "../flows/store";\n',
      ),
    ).toEqual([
      'lib/auth/x.ts:1 imports "../flow/model": auth is below flow: imports only point down',
      'lib/auth/x.ts:2 imports "../flows/store": auth is below flows: imports only point down',
    ]);
    expect(check("lib/auth/x.ts", 'const run = () => import("@/lib/flows/run");\n')).toEqual([
      'lib/auth/x.ts:1 imports "@/lib/flows/run": auth is below flows: imports only point down',
    ]);
    expect(check("lib/cards/x.ts", 'import "@/app/api/_lib/respond";\nimport "zustand/vanilla";\n')).toEqual([
      'lib/cards/x.ts:1 imports "@/app/api/_lib/respond": lib/ imports nothing outside lib/ (app/api/_lib/respond)',
      'lib/cards/x.ts:2 imports "zustand/vanilla": lib/ imports no UI framework (next, react, react-dom, @xyflow/*, zustand)',
    ]);
    expect(check("lib/oin/x.ts", 'import { currentSpec } from "../specs-store/store";\n')).toEqual([
      'lib/oin/x.ts:1 imports "../specs-store/store": oin and specs-store are peers on one level: neither imports the other',
    ]);
    expect(check("lib/engine/x.ts", 'import { db } from "../db/client";\nimport "./run";\nimport "undici";\n')).toEqual(
      [],
    );
  });
});
