// A real HTTP(S) server on 127.0.0.1 (port 0) around a request handler, for tests.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer, type ServerOptions as TlsServerOptions } from "node:https";
import type { AddressInfo } from "node:net";

export interface RunningServer {
  baseUrl: string;
  port: number;
  stop(): Promise<void>;
}

export type Handler = (
  request: IncomingMessage & { bodyText: string },
  response: ServerResponse,
) => void | Promise<void>;

/** Starts `handler` with the request body read into `request.bodyText`. Pass `tls` for HTTPS. */
export async function startServer(handler: Handler, tls?: TlsServerOptions): Promise<RunningServer> {
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      Object.assign(request, { bodyText: Buffer.concat(chunks).toString("utf8") });
      Promise.resolve(handler(request as IncomingMessage & { bodyText: string }, response)).catch((error: Error) => {
        response.writeHead(500, { "content-type": "text/plain" }).end(error.stack);
      });
    });
  };
  const server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
  return listen(server, tls ? "https" : "http");
}

/** Listens on 127.0.0.1:0 and returns its base URL and a stop() that also closes idle keep-alive sockets. */
export async function listen(server: Server, protocol: "http" | "https" = "http"): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `${protocol}://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
