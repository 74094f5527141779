// `fetch` through a connection's dispatcher, so TLS settings, client certificate and proxy apply to token calls too.
// Redirects are never followed: these requests carry credentials, and a redirect could point anywhere. The body it
// answers stops at the response cap (counted after decompression).
import { fetch as undiciFetch } from "undici";
import type { ResolvedConnection } from "../../connections/model";
import { dispatcherFor, transportKey } from "../dispatcher";
import { cappedResponse, maxResponseBytes } from "../limits";
import type { ConnectionFetch } from "./types";

export function connectionFetch(connection: ResolvedConnection): ConnectionFetch {
  const key = transportKey(connection);
  return async (url, init) => {
    const response = await undiciFetch(url, {
      ...(init as object),
      redirect: "manual",
      dispatcher: dispatcherFor(key, connection),
    });
    return cappedResponse(response as unknown as Response, maxResponseBytes());
  };
}
