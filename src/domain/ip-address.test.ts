import { describe, expect, it } from "vitest";
import { clientNetwork, formatIpAddress, parseIpAddress, parseIpRange, rangeContains } from "./ip-address";

const ip = (text: string) => {
  const parsed = parseIpAddress(text);
  if (!parsed) throw new Error(`not an address: ${text}`);
  return parsed;
};
const range = (text: string) => {
  const parsed = parseIpRange(text);
  if (!parsed) throw new Error(`not a range: ${text}`);
  return parsed;
};

describe("parseIpAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 10.0.0.1 ", "10.0.0.1"],
    ["::1", "0:0:0:0:0:0:0:1"],
    ["::", "0:0:0:0:0:0:0:0"],
    ["2001:DB8::7", "2001:db8:0:0:0:0:0:7"],
    ["2001:db8:0:0:0:0:0:7", "2001:db8:0:0:0:0:0:7"],
    ["1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"],
    ["[2001:db8::7]", "2001:db8:0:0:0:0:0:7"],
    ["fe80::1%eth0", "fe80:0:0:0:0:0:0:1"],
    ["64:ff9b::192.0.2.33", "64:ff9b:0:0:0:0:c000:221"],
    // IPv4-mapped addresses are the IPv4 address, in every spelling.
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["::FFFF:c000:201", "192.0.2.1"],
    ["0:0:0:0:0:ffff:192.0.2.1", "192.0.2.1"],
  ])("reads %s as %s", (text, expected) => {
    expect(formatIpAddress(ip(text))).toBe(expected);
  });

  it.each(["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.-1", "1::2::3", ":1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "12345::", "g::1", "1.2.3.4::", "::1.2.3", "example.com", "unknown"])(
    "refuses %j",
    (text) => {
      expect(parseIpAddress(text)).toBeNull();
    },
  );
});

describe("CIDR ranges", () => {
  it("matches IPv4 ranges by prefix", () => {
    expect(rangeContains(range("10.0.0.0/8"), ip("10.255.1.2"))).toBe(true);
    expect(rangeContains(range("10.0.0.0/8"), ip("11.0.0.1"))).toBe(false);
    expect(rangeContains(range("192.168.1.0/25"), ip("192.168.1.127"))).toBe(true);
    expect(rangeContains(range("192.168.1.0/25"), ip("192.168.1.128"))).toBe(false);
    expect(rangeContains(range("0.0.0.0/0"), ip("198.51.100.1"))).toBe(true);
    expect(rangeContains(range("198.51.100.1"), ip("198.51.100.1"))).toBe(true);
    expect(rangeContains(range("198.51.100.1"), ip("198.51.100.2"))).toBe(false);
  });

  it("matches IPv6 ranges by prefix", () => {
    expect(rangeContains(range("2001:db8::/32"), ip("2001:db8:ffff::1"))).toBe(true);
    expect(rangeContains(range("2001:db8::/32"), ip("2001:db9::1"))).toBe(false);
    expect(rangeContains(range("fd00::/8"), ip("fdff::1"))).toBe(true);
    expect(rangeContains(range("fd00::/7"), ip("fc00::1"))).toBe(true);
    expect(rangeContains(range("::1"), ip("::1"))).toBe(true);
    expect(rangeContains(range("::1/128"), ip("::2"))).toBe(false);
  });

  it("treats IPv4-mapped addresses and ranges as IPv4", () => {
    expect(rangeContains(range("10.0.0.0/8"), ip("::ffff:10.1.2.3"))).toBe(true);
    expect(rangeContains(range("::ffff:10.0.0.0/104"), ip("10.1.2.3"))).toBe(true);
    expect(rangeContains(range("::ffff:10.0.0.0/104"), ip("11.1.2.3"))).toBe(false);
    expect(range("::ffff:10.0.0.0/104")).toEqual(range("10.0.0.0/8"));
    // A wider IPv6 range still holds IPv4 addresses through their mapped form.
    expect(rangeContains(range("::ffff:0:0/96"), ip("203.0.113.9"))).toBe(true);
    expect(rangeContains(range("::/0"), ip("203.0.113.9"))).toBe(true);
    expect(rangeContains(range("::/64"), ip("203.0.113.9"))).toBe(true);
    expect(rangeContains(range("2001:db8::/32"), ip("203.0.113.9"))).toBe(false);
  });

  it("does not let an IPv4 range hold IPv6 addresses", () => {
    expect(rangeContains(range("0.0.0.0/0"), ip("2001:db8::1"))).toBe(false);
  });

  it.each(["10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/x", "10.0.0.0/-1", "10.0.0.0/8/8", "nonsense/8", "10.0.0.0/ 8", "::ffff:10.0.0.0/129"])("refuses %j", (text) => {
    expect(parseIpRange(text)).toBeNull();
  });
});

describe("clientNetwork", () => {
  it("keys IPv4 by the address and IPv6 by its /64", () => {
    expect(clientNetwork(ip("203.0.113.7"))).toBe("203.0.113.7");
    expect(clientNetwork(ip("::ffff:203.0.113.7"))).toBe("203.0.113.7");
    expect(clientNetwork(ip("2001:db8:1:2:aaaa::1"))).toBe("2001:db8:1:2:0:0:0:0/64");
    expect(clientNetwork(ip("2001:db8:1:2:bbbb::9"))).toBe(clientNetwork(ip("2001:db8:1:2:aaaa::1")));
    expect(clientNetwork(ip("2001:db8:1:3::1"))).not.toBe(clientNetwork(ip("2001:db8:1:2::1")));
  });
});
