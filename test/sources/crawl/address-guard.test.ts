// The address guard judges the canonical numeric form: IPv4 carried inside IPv6 in any
// spelling, and every special-purpose range, are refused; public addresses pass.
import { describe, expect, it } from "vitest";
import { checkLiteralHost, embeddedIpv4, ipv6Bytes, isPrivateAddress } from "../../../src/sources/crawl/ssrf.js";

describe("address guard", () => {
  it.each([
    "::127.0.0.1", "::7f00:1", "[::127.0.0.1]", // IPv4-compatible ::/96
    "::ffff:0:127.0.0.1", "::ffff:0:7f00:1", // SIIT ::ffff:0:0:0/96
    "::ffff:7f00:1", "::ffff:10.0.0.1", "0:0:0:0:0:ffff:a9fe:a9fe", // IPv4-mapped, hex and dotted
    "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", // NAT64 well-known (carrying loopback / metadata) and local-use
    "2002:7f00:1::", "2002:c0a8:101::1", // 6to4 of 127.0.0.1 and 192.168.1.1
    "::", "::1", "fe80::1%eth0", "fec0::1", "2001:db8::1", "2001::1", "100::1", "3fff::1",
    "192.0.2.1", "198.51.100.7", "203.0.113.9", "192.88.99.1", "255.255.255.255", "100.64.1.1",
  ])("%s is refused", (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(["8.8.8.8", "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "2002:808:808::1"])(
    "%s is public", (ip) => expect(isPrivateAddress(ip)).toBe(false));

  it("reads IPv6 to bytes and finds the IPv4 inside", () => {
    expect(embeddedIpv4(ipv6Bytes("64:ff9b::7f00:1")!)).toBe("127.0.0.1");
    expect(embeddedIpv4(ipv6Bytes("2002:c0a8:101::")!)).toBe("192.168.1.1");
    expect(embeddedIpv4(ipv6Bytes("2606:4700::1")!)).toBeNull();
    expect(ipv6Bytes("10.0.0.1")).toBeNull();
  });

  it("refuses literal hosts in every URL spelling, as the URL parser normalises them", () => {
    for (const u of ["http://[::127.0.0.1]/", "http://[::ffff:0:127.0.0.1]/", "http://[64:ff9b::127.0.0.1]/", "http://2130706433/", "http://0x7f.1/", "http://[2002:7f00:1::]/"]) {
      expect(() => checkLiteralHost(new URL(u), false), u).toThrow(/private/);
      expect(() => checkLiteralHost(new URL(u), true), u).not.toThrow();
    }
  });
});
