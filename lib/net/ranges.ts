// Address ranges as settings write them: a comma-separated list of addresses and CIDRs (IB_BLOCKED_NETWORKS,
// IB_TRUSTED_PROXIES), each setting parsed once per value.
import ipaddr from "ipaddr.js";

export type Address = ipaddr.IPv4 | ipaddr.IPv6;
export type Range = [Address, number];

export const inRange = (address: Address, [network, bits]: Range) =>
  address.kind() === network.kind() && address.match(network, bits);

/** A reader of one setting's ranges, remembered while the value stays; `refuse` makes the error for a bad entry. */
export function rangeSetting(refuse: (entry: string) => Error): (setting: string) => Range[] {
  let last: { setting: string; ranges: Range[] } | undefined;
  return (setting) => {
    if (last?.setting === setting) return last.ranges;
    const ranges = setting
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry): Range => {
        try {
          if (entry.includes("/")) return ipaddr.parseCIDR(entry);
          const address = ipaddr.parse(entry);
          return [address, address.kind() === "ipv6" ? 128 : 32];
        } catch {
          throw refuse(entry);
        }
      });
    last = { setting, ranges };
    return ranges;
  };
}
