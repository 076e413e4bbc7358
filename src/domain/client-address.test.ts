import { describe, expect, it } from "vitest";
import { parseForwardedHop, parseTrustedProxies, resolveClientAddress } from "./client-address";
import { formatIpAddress } from "./ip-address";

const resolve = (peer: string | null, forwardedFor: string | null, trusted = "") => {
  const client = resolveClientAddress({ peer, forwardedFor, trustedProxies: parseTrustedProxies(trusted) });
  return client && formatIpAddress(client);
};

describe("resolveClientAddress", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolve("198.51.100.4", null)).toBe("198.51.100.4");
    expect(resolve("198.51.100.4", "203.0.113.1")).toBe("198.51.100.4");
    expect(resolve("::ffff:198.51.100.4", "203.0.113.1, 203.0.113.2")).toBe("198.51.100.4");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolve("198.51.100.4", "203.0.113.1", "10.0.0.0/8")).toBe("198.51.100.4");
  });

  it("knows no client without a socket address, whatever the headers say", () => {
    expect(resolve(null, "203.0.113.1")).toBeNull();
    expect(resolve(null, "203.0.113.1", "0.0.0.0/0")).toBeNull();
    expect(resolve("not an address", "203.0.113.1", "10.0.0.0/8")).toBeNull();
  });

  it("walks the chain from the right, skipping trusted proxies, to the first untrusted hop", () => {
    // The client can write anything at the left; only what our proxies appended counts.
    expect(resolve("10.0.0.2", "1.1.1.1, 203.0.113.9", "10.0.0.0/8")).toBe("203.0.113.9");
    expect(resolve("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.7", "10.0.0.0/8")).toBe("203.0.113.9");
    expect(resolve("10.0.0.2", "203.0.113.9,10.0.0.7,10.0.0.8", "10.0.0.0/8")).toBe("203.0.113.9");
    // Two proxy tiers from different ranges.
    expect(resolve("10.0.0.2", "198.51.100.1, 203.0.113.9, 172.16.0.5", "10.0.0.0/8, 172.16.0.0/12")).toBe("203.0.113.9");
  });

  it("handles IPv6 and IPv4-mapped hops and proxies", () => {
    expect(resolve("fd00::2", "2001:db8::77", "fd00::/8")).toBe("2001:db8:0:0:0:0:0:77");
    expect(resolve("::ffff:10.0.0.2", "203.0.113.9", "10.0.0.0/8")).toBe("203.0.113.9");
    expect(resolve("10.0.0.2", "203.0.113.9, ::ffff:10.0.0.7", "10.0.0.0/8")).toBe("203.0.113.9");
    expect(resolve("::1", "[2001:db8::5]:4431", "::1")).toBe("2001:db8:0:0:0:0:0:5");
  });

  it("gives up (unknown client) when the first untrusted hop is not an address", () => {
    expect(resolve("10.0.0.2", "203.0.113.9, garbage", "10.0.0.0/8")).toBeNull();
    expect(resolve("10.0.0.2", "unknown", "10.0.0.0/8")).toBeNull();
  });

  it("takes the farthest proxy when every hop is trusted, or the peer when there are none", () => {
    expect(resolve("10.0.0.2", "10.0.0.9, 10.0.0.7", "10.0.0.0/8")).toBe("10.0.0.9");
    expect(resolve("10.0.0.2", null, "10.0.0.0/8")).toBe("10.0.0.2");
    expect(resolve("10.0.0.2", " , ", "10.0.0.0/8")).toBe("10.0.0.2");
  });
});

describe("parseForwardedHop", () => {
  it("accepts addresses with ports", () => {
    expect(formatIpAddress(parseForwardedHop("203.0.113.7:5511")!)).toBe("203.0.113.7");
    expect(formatIpAddress(parseForwardedHop("[2001:db8::7]:443")!)).toBe("2001:db8:0:0:0:0:0:7");
    expect(formatIpAddress(parseForwardedHop("2001:db8::7")!)).toBe("2001:db8:0:0:0:0:0:7");
    expect(parseForwardedHop("203.0.113.7:")).toBeNull();
    expect(parseForwardedHop("[2001:db8::7]x")).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("reads a comma-separated list and nothing from an empty one", () => {
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies(" ")).toEqual([]);
    expect(parseTrustedProxies("10.0.0.0/8, ::1 ,fd00::/8")).toHaveLength(3);
  });

  it("refuses an entry that is not an address or range, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow(/"proxy.internal", which is not an IP address or CIDR range/);
  });
});
