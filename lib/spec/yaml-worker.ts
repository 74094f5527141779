// Parses a large YAML spec in a worker thread, so an upload never holds up the server's other requests. The worker
// runs `yamlData`'s own source with the yaml package found by path, which works the same from the sources (vitest,
// tsx), from Next's server build and from the bundled `ib` (no worker file to find or bundle).
import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { MAX_ALIAS_EXPANSION, MAX_YAML_ALIASES, type YamlData, yamlData } from "./yaml-data";

let yamlPath: string | undefined;

/**
 * The yaml package's entry, resolved from this module; where a bundler answers its own module id instead of a path
 * (Next's server build), the app's node_modules under the working directory, which `next start` runs from.
 */
function yamlEntry(): string {
  if (yamlPath) return yamlPath;
  let found: unknown;
  try {
    found = createRequire(import.meta.url).resolve("yaml");
  } catch {
    // Not resolvable from here: the working directory's copy below.
  }
  yamlPath = typeof found === "string" ? found : join(process.cwd(), "node_modules", "yaml");
  return yamlPath;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const yamlData = ${yamlData.toString()};
const { text, yaml, maxAliases, maxExpansion } = workerData;
parentPort.postMessage(yamlData(require(yaml), text, maxAliases, maxExpansion));
`;

export function yamlDataInWorker(text: string): Promise<YamlData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { text, yaml: yamlEntry(), maxAliases: MAX_YAML_ALIASES, maxExpansion: MAX_ALIAS_EXPANSION },
    });
    worker.once("message", (data: YamlData) => {
      resolve(data);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the YAML parser stopped (exit code ${code})`));
    });
  });
}
