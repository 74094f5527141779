// Prism mock servers for tests, in this process (Prism's own HTTP server and request handling, as `prism mock`
// runs them): they validate requests against the spec, check security and answer from the spec's examples.
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer as createPrismServer } from "@stoplight/prism-http-server";
import { createServer } from "node:net";

export interface RunningPrism {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Starts a Prism mock of the spec on a free port; with `errors` (default true) requests that break the spec are answered with an error. */
export async function startPrism(specPath: string, options: { errors?: boolean } = {}): Promise<RunningPrism> {
  const operations = await getHttpOperationsFromSpec(specPath);
  const server = createPrismServer(operations, {
    cors: false,
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: options.errors !== false,
      upstreamProxy: undefined,
      mock: { dynamic: false },
    },
    components: { logger: createLogger("prism", { level: "silent" }) },
  });
  const baseUrl = await server.listen(0, "127.0.0.1");
  return { baseUrl, stop: () => server.close() };
}
