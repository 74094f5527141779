// lib/ folders form layers that only point down, in the order docs/architecture.md writes; lib/ imports no UI framework.
// Client modules never reach a module that imports "server-only".
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { clientBoundaryViolations, isClientModule, unmarkedServerModules } from "../../helpers/client-boundary";
import { formatViolation, layerViolations, parseLayerOrder } from "../../helpers/layers";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const order = parseLayerOrder(readFileSync(`${ROOT}docs/architecture.md`, "utf8"));

/** The Prisma clients Prisma generates (scripts/prisma-generate.js) are not ours. */
const GENERATED = new Set(["lib/db/generated", "lib/db/generated-postgresql"]);

/** Every TypeScript file under a folder, repository-relative. */
function tsFiles(dir: string): string[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return GENERATED.has(path) ? [] : tsFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const libFiles = () => tsFiles("lib");

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

describe("client and server kept apart", () => {
  const sources = new Map(
    [...tsFiles("app"), ...libFiles(), "proxy.ts"].map((file) => [file, readFileSync(`${ROOT}${file}`, "utf8")]),
  );

  it("marks every store, service and module opening the database, the secret key or the filesystem server-only", () => {
    expect(unmarkedServerModules(sources)).toEqual([]);
  });

  it('has no "use client" module that reaches a module importing "server-only", even for a type', () => {
    expect([...sources.values()].filter(isClientModule).length).toBeGreaterThan(50);
    expect(clientBoundaryViolations(sources)).toEqual([]);
  });

  it("bites: a client module reaching server-only through a type import is reported with its chain", () => {
    const synthetic = new Map([
      ["app/x/Widget.tsx", '// A widget.\n"use client";\nimport type { Row } from "@/lib/x/model";\n'],
      ["app/x/page.tsx", 'import { rows } from "@/lib/x/store";\n'],
      ["lib/x/model.ts", 'export type { Row } from "./store";\n'],
      ["lib/x/store.ts", 'import "server-only";\nexport type Row = { id: string };\n'],
      ["lib/x/store-free.ts", "export const free = 1;\n"],
      ["app/x/Free.tsx", '"use client";\nimport { free } from "../../lib/x/store-free";\n'],
    ]);
    expect(clientBoundaryViolations(synthetic)).toEqual([
      'app/x/Widget.tsx reaches lib/x/store.ts, which imports "server-only": app/x/Widget.tsx → lib/x/model.ts → lib/x/store.ts',
    ]);
    expect(unmarkedServerModules(new Map([["lib/x/store.ts", "export const a = 1;\n"]]))).toEqual(["lib/x/store.ts"]);
    expect(unmarkedServerModules(new Map([["lib/x/files.ts", 'import { readFileSync } from "node:fs";\n']]))).toEqual([
      "lib/x/files.ts",
    ]);
  });

  it('lets lib/ import "server-only": it is neither Next nor React', () => {
    expect(layerViolations("lib/db/x.ts", 'import "server-only";\n', order)).toEqual([]);
  });
});
