// A real forward proxy (the `proxy` package), optionally requiring Basic proxy credentials; counts what it relayed.
import { createServer } from "node:http";
import { createProxy } from "proxy";
import { listen } from "./http-server";

export interface RunningProxy {
  host: string;
  port: number;
  /** Requests and CONNECT tunnels the proxy accepted. */
  relayed: number;
  /** Attempts refused for missing or wrong credentials. */
  refused: number;
  stop(): Promise<void>;
}

export async function startProxy(credentials?: { username: string; password: string }): Promise<RunningProxy> {
  const server = createProxy(createServer());
  const state = { relayed: 0, refused: 0 };
  server.authenticate = (request) => {
    const expected =
      credentials && `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
    const accepted = !expected || request.headers["proxy-authorization"] === expected;
    if (accepted) state.relayed += 1;
    else state.refused += 1;
    return accepted;
  };
  const running = await listen(server);
  return {
    host: "127.0.0.1",
    port: running.port,
    get relayed() {
      return state.relayed;
    },
    get refused() {
      return state.refused;
    },
    stop: running.stop,
  };
}
