// One undici dispatcher per distinct transport configuration (TLS, client certificate, proxy), reused by every request.
// Every socket goes through the address policy: host names are checked after DNS resolution, IP literals before.
import { createHash } from "node:crypto";
import { Agent, ProxyAgent, buildConnector, type Dispatcher } from "undici";
import type { ResolvedConnection } from "../connections/model";
import { guardedLookup, refusedHost } from "../net/address-policy";

const MAX_DISPATCHERS = 64;
const dispatchers = new Map<string, Dispatcher>();

interface TransportSettings {
  rejectUnauthorized: boolean;
  connectTimeoutMs?: number;
  cert?: string;
  key?: string;
  ca?: string;
  proxy?: { uri: string; token?: string };
}

function transportSettings(connection: ResolvedConnection): TransportSettings {
  const settings: TransportSettings = {
    // "TLS enabled" means certificates are requested and verified; "reject unauthorized" applies only when it is on.
    rejectUnauthorized: connection.tls.enabled !== false && connection.tls.rejectUnauthorized !== false,
    connectTimeoutMs: connection.timeoutMs > 0 ? connection.timeoutMs : undefined,
  };
  if (connection.auth.type === "mutualTls") {
    const { certificate, privateKey, ca } = connection.auth.values;
    Object.assign(settings, { cert: certificate || undefined, key: privateKey || undefined, ca: ca || undefined });
  }
  const { proxy } = connection;
  if (proxy.mode === "proxy" && proxy.host) {
    const hostPart = proxy.host.includes("://") ? proxy.host : `http://${proxy.host}`;
    const uri = proxy.port ? `${hostPart.replace(/:\d+$/, "")}:${proxy.port}` : hostPart;
    const token =
      proxy.auth.mode === "basic"
        ? `Basic ${Buffer.from(`${proxy.auth.username ?? ""}:${proxy.auth.password ?? ""}`).toString("base64")}`
        : undefined;
    settings.proxy = { uri, token };
  }
  return settings;
}

/** A stable key for the connection's transport; secrets only enter it hashed. */
export function transportKey(connection: ResolvedConnection): string {
  return createHash("sha256")
    .update(JSON.stringify(transportSettings(connection)))
    .digest("hex");
}

export function dispatcherFor(key: string, connection: ResolvedConnection): Dispatcher {
  const existing = dispatchers.get(key);
  if (existing) return existing;
  const settings = transportSettings(connection);
  const tls = {
    rejectUnauthorized: settings.rejectUnauthorized,
    cert: settings.cert,
    key: settings.key,
    ca: settings.ca,
    timeout: settings.connectTimeoutMs,
  };
  const dispatcher = settings.proxy
    ? new ProxyAgent({
        uri: settings.proxy.uri,
        token: settings.proxy.token,
        requestTls: tls,
        // The proxy's own address obeys the policy; the target's name is resolved by the proxy.
        proxyTls: { lookup: guardedLookup } as ProxyAgent.Options["proxyTls"],
      })
    : new Agent({ connect: guardedConnector(tls) });
  if (dispatchers.size >= MAX_DISPATCHERS) {
    const [oldestKey, oldest] = dispatchers.entries().next().value as [string, Dispatcher];
    dispatchers.delete(oldestKey);
    void oldest.close();
  }
  dispatchers.set(key, dispatcher);
  return dispatcher;
}

/** undici's connector with the address policy: an IP literal is refused before, a host name after, its lookup. */
function guardedConnector(options: buildConnector.BuildOptions): buildConnector.connector {
  const connect = buildConnector({ ...options, lookup: guardedLookup } as buildConnector.BuildOptions);
  return (target, callback) => {
    const refused = refusedHost(target.hostname);
    if (refused) return callback(refused, null);
    return connect(target, callback);
  };
}

let documentAgent: Agent | undefined;

/** The dispatcher of requests made for a person rather than a connection (a spec fetched by its URL). */
export function guardedAgent(connectTimeoutMs: number): Agent {
  documentAgent ??= new Agent({ connect: guardedConnector({ timeout: connectTimeoutMs }) });
  return documentAgent;
}

/** Closes every cached dispatcher (process shutdown, tests). */
export async function closeDispatchers(): Promise<void> {
  const all: Dispatcher[] = [...dispatchers.values(), ...(documentAgent ? [documentAgent] : [])];
  dispatchers.clear();
  documentAgent = undefined;
  await Promise.all(all.map((dispatcher) => dispatcher.close()));
}
