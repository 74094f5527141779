// Which network addresses requests may reach. Link-local and cloud-metadata addresses are refused always (they hand
// out cloud credentials); an administrator lists more ranges in IB_BLOCKED_NETWORKS (e.g. private ranges on a shared
// server). Loopback stays allowed unless listed there. Checked on the resolved address, so DNS cannot get around it.
import { lookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from "node:dns";
import ipaddr from "ipaddr.js";
import { inRange, type Range, rangeSetting } from "./ranges";

const ALWAYS_BLOCKED: { range: Range; why: string }[] = [
  { range: ipaddr.parseCIDR("169.254.0.0/16"), why: "a link-local address (cloud metadata services live there)" },
  { range: ipaddr.parseCIDR("fe80::/10"), why: "a link-local address" },
  { range: ipaddr.parseCIDR("fd00:ec2::254/128"), why: "a cloud metadata address" },
  { range: ipaddr.parseCIDR("100.100.100.200/32"), why: "a cloud metadata address" },
];

const METADATA_HOSTS = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
]);

export const BLOCKED_ADDRESS_CODE = "IB_BLOCKED_ADDRESS";

/** A refused destination: the message says which host or address and why. */
export class BlockedAddressError extends Error {
  readonly code = BLOCKED_ADDRESS_CODE;
  constructor(message: string) {
    super(message);
    this.name = "BlockedAddressError";
  }
}

/** IB_BLOCKED_NETWORKS as ranges; a malformed entry is an error naming it. */
const blockedNetworks = rangeSetting(
  (entry) =>
    new BlockedAddressError(
      `IB_BLOCKED_NETWORKS: "${entry}" is not an address range (write CIDRs such as 10.0.0.0/8, fc00::/7)`,
    ),
);
const administratorRanges = () => blockedNetworks(process.env.IB_BLOCKED_NETWORKS ?? "");

/** Why an IP address may not be reached, or undefined when it may. */
export function blockedAddressReason(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return undefined;
  const parsed = ipaddr.process(address); // IPv4-mapped IPv6 counts as the IPv4 address
  const fixed = ALWAYS_BLOCKED.find(({ range }) => inRange(parsed, range));
  if (fixed) return fixed.why;
  if (administratorRanges().some((range) => inRange(parsed, range))) return "in a range IB_BLOCKED_NETWORKS refuses";
  return undefined;
}

const bare = (hostname: string) =>
  hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();

// Every request asks about its host, and a connection has one: the answers are remembered (a bounded number, all
// forgotten when IB_BLOCKED_NETWORKS changes). "" means allowed.
const MAX_REMEMBERED_HOSTS = 1_024;
const hostRefusals = new Map<string, string>();
let hostRefusalsSetting: string | undefined;

/** The refusal for a host name or IP literal known before any lookup, or undefined. */
export function refusedHost(hostname: string): BlockedAddressError | undefined {
  const setting = process.env.IB_BLOCKED_NETWORKS ?? "";
  if (setting !== hostRefusalsSetting) {
    hostRefusals.clear();
    hostRefusalsSetting = setting;
  }
  let refusal = hostRefusals.get(hostname);
  if (refusal === undefined) {
    refusal = hostRefusal(bare(hostname)) ?? "";
    if (hostRefusals.size >= MAX_REMEMBERED_HOSTS) hostRefusals.clear();
    hostRefusals.set(hostname, refusal);
  }
  return refusal ? new BlockedAddressError(refusal) : undefined;
}

function hostRefusal(host: string): string | undefined {
  if (METADATA_HOSTS.has(host)) return `refusing to connect to ${host}: a cloud metadata host`;
  const reason = blockedAddressReason(host);
  return reason ? `refusing to connect to ${host}: ${reason}` : undefined;
}

function refusedAddresses(hostname: string, addresses: LookupAddress[]): BlockedAddressError | undefined {
  for (const { address } of addresses) {
    const reason = blockedAddressReason(address);
    if (reason) return new BlockedAddressError(`refusing to connect to ${hostname} (${address}): ${reason}`);
  }
  return undefined;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `dns.lookup` for sockets: resolves, then refuses when any address is blocked (`net.connect`'s and
 * `dgram.createSocket`'s `lookup`; dgram passes the family as a number).
 */
export function guardedLookup(hostname: string, given: LookupOptions | number, callback: LookupCallback): void {
  const options: LookupOptions = typeof given === "number" ? { family: given } : given;
  const refused = refusedHost(hostname);
  if (refused) {
    callback(refused, []);
    return;
  }
  lookup(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses) => {
    const blocked = error ?? refusedAddresses(hostname, addresses);
    if (blocked) callback(blocked, []);
    else if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
}

const SAVE_LOOKUP_TIMEOUT_MS = 3_000;

/**
 * Why a host may not be a connection's server (resolved now), or undefined. A name that does not resolve (yet) is
 * not refused: the request-time check covers it.
 */
export async function refusedServerHost(hostname: string): Promise<string | undefined> {
  const refused = refusedHost(hostname);
  if (refused) return refused.message;
  if (ipaddr.isValid(bare(hostname))) return undefined;
  const addresses = await new Promise<LookupAddress[]>((resolve) => {
    const timer = setTimeout(() => resolve([]), SAVE_LOOKUP_TIMEOUT_MS);
    lookup(bare(hostname), { all: true }, (error, found) => {
      clearTimeout(timer);
      resolve(error ? [] : found);
    });
  });
  return refusedAddresses(bare(hostname), addresses)?.message;
}

/** Whether a host name is this machine (localhost or a loopback address): the only plain-http token endpoints. */
export function isLoopbackHost(hostname: string): boolean {
  const host = bare(hostname);
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return ipaddr.isValid(host) && ipaddr.process(host).range() === "loopback";
}
