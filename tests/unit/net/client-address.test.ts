// The one rule for a request's client address: X-Forwarded-For read from the right past IB_TRUSTED_PROXIES; with no
// trusted proxy, or an entry no proxy would write, the address is unknown.
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/net/client-address";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientAddress", () => {
  it("ignores forwarding headers without trusted proxies", () => {
    expect(clientAddress(forwarded("203.0.113.7"), "")).toBeUndefined();
  });

  it("takes the right-most address that is not a trusted proxy", () => {
    const trusted = "10.0.0.0/8, 2001:db8::/32, 192.0.2.1";
    expect(clientAddress(forwarded("1.1.1.1, 203.0.113.7, 10.0.0.2"), trusted)).toBe("203.0.113.7");
    expect(clientAddress(forwarded("1.1.1.1, 203.0.113.7:4711, 192.0.2.1"), trusted)).toBe("203.0.113.7");
    expect(clientAddress(forwarded("[2001:db9::5]:443, 2001:db8::1"), trusted)).toBe("2001:db9::5");
    expect(clientAddress(forwarded("::ffff:198.51.100.4"), trusted)).toBe("198.51.100.4");
    expect(clientAddress(forwarded("10.0.0.9, 10.0.0.2"), trusted), "only proxies: the first of them").toBe("10.0.0.9");
  });

  it("is unknown when the header is missing or holds what no proxy writes", () => {
    expect(clientAddress(new Headers(), "10.0.0.0/8")).toBeUndefined();
    expect(clientAddress(forwarded("203.0.113.7, not-an-address"), "10.0.0.0/8")).toBeUndefined();
  });

  it("refuses a malformed IB_TRUSTED_PROXIES by name", () => {
    expect(() => clientAddress(forwarded("203.0.113.7"), "10.0.0.0/8, proxy.local")).toThrow(
      /IB_TRUSTED_PROXIES: "proxy.local" is not an address or range/,
    );
  });
});
