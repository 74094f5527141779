// The address of the client a request comes from: the one rule read by the sign-in limits and the audit log.
// Next hands a route handler no peer address, and its server only fills in X-Forwarded-For when the request has
// none (a client can write its own), so the header proves nothing by itself. It is believed only when
// IB_TRUSTED_PROXIES names the proxies in front of the app (addresses or CIDRs): read from the right, every trusted
// proxy is passed over and the first address that is not one is the client. Without the setting every forwarding
// header is ignored and the address is unknown (the sign-in limits then go by email and browser only).
import ipaddr from "ipaddr.js";
import { invalid } from "../errors";
import { type Address, inRange, rangeSetting } from "./ranges";

/** IB_TRUSTED_PROXIES as ranges; a malformed entry is refused by name. */
const trustedProxies = rangeSetting((entry) =>
  invalid(`IB_TRUSTED_PROXIES: "${entry}" is not an address or range (write e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)`, {
    field: "IB_TRUSTED_PROXIES",
  }),
);

/** One X-Forwarded-For entry as an address ("::ffff:1.2.3.4" as 1.2.3.4; a port or brackets dropped), or undefined. */
function addressOf(entry: string): Address | undefined {
  const bare = entry.replace(/^\[([^\]]+)\](:\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : undefined;
}

/** The client's address, or undefined when it cannot be known (no trusted proxy configured, or no usable header). */
export function clientAddress(headers: Headers, setting = process.env.IB_TRUSTED_PROXIES ?? ""): string | undefined {
  const ranges = trustedProxies(setting);
  if (ranges.length === 0) return undefined;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    const address = addressOf(hops[index]);
    // Written by a trusted proxy, so an entry it could not have written means the chain is not to be believed.
    if (!address) return undefined;
    const trusted = ranges.some((range) => inRange(address, range));
    if (!trusted || index === 0) return address.toString();
  }
  return undefined;
}
