// The REST demo in a process of its own, as a real API would be: its work neither shares the benchmark's CPU nor
// interleaves with the calls being timed. Forked by `restDemoProcess()`; answers with its URL, token and description.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startRestDemo } from "../../demo/rest/server";

export interface RestDemoProcess {
  url: string;
  apiToken: string;
  openapi: Record<string, unknown>;
  close(): void;
}

export async function restDemoProcess(): Promise<RestDemoProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ["serve"], { execArgv: ["--import", "tsx"] });
  const ready = await new Promise<Omit<RestDemoProcess, "close">>((resolve, reject) => {
    child.once("message", (message) => resolve(message as Omit<RestDemoProcess, "close">));
    child.once("exit", (code) => reject(new Error(`the REST demo process ended (exit ${code}) before it was ready`)));
  });
  return { ...ready, close: () => child.kill() };
}

if (process.argv[2] === "serve" && process.send) {
  const demo = await startRestDemo();
  process.send({ url: demo.url, apiToken: demo.settings.apiToken, openapi: demo.openapi() });
  process.on("disconnect", () => process.exit(0));
}
