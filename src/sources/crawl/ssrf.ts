// SSRF guard: a hostile feed must not point the crawler inside a network. Checked
// after DNS resolution (in the socket's lookup), so a name that resolves to 10.0.0.1
// is refused too, and again for literal IP hosts, which never go through lookup.
// Addresses are judged in their canonical numeric form (16 bytes for IPv6), so no
// spelling gets through: IPv4 carried inside IPv6 (::/96, ::ffff:0:0/96, the SIIT
// ::ffff:0:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged as the IPv4 it carries.
import dns from "node:dns";
import net from "node:net";
import { permanent } from "./errors.js";

/** IANA's IPv4 special-purpose registry, plus multicast and reserved space. */
const V4_BLOCKED: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation (TEST-NET-1)
  ["192.31.196.0", 24], // AS112
  ["192.52.193.0", 24], // AMT
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16],
  ["192.175.48.0", 24], // AS112 (direct delegation)
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation (TEST-NET-2)
  ["203.0.113.0", 24], // documentation (TEST-NET-3)
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

/** IANA's IPv6 special-purpose registry (the IPv4-carrying prefixes are judged apart, below). */
const V6_BLOCKED: Array<[string, number]> = [
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard-only
  ["2001::", 23], // IETF protocol assignments: Teredo, benchmarking, ORCHID, ...
  ["2001:db8::", 32], // documentation
  ["3fff::", 20], // documentation
  ["5f00::", 16], // SRv6 SIDs
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated, still routed by some stacks)
  ["ff00::", 8], // multicast
];

const v4List = new net.BlockList();
for (const [a, p] of V4_BLOCKED) v4List.addSubnet(a, p, "ipv4");
const v6List = new net.BlockList();
for (const [a, p] of V6_BLOCKED) v6List.addSubnet(a, p, "ipv6");

/** An IPv6 address as 16 bytes: `::` expanded, an embedded dotted IPv4 read, a zone dropped. Null if not IPv6. */
export function ipv6Bytes(ip: string): Uint8Array | null {
  const bare = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (net.isIP(bare) !== 6) return null;
  let s = bare.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    s = s.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.includes("::") ? s.split("::") : [s, null];
  const hs = head ? head.split(":") : [];
  const ts = tail ? tail.split(":") : [];
  const groups = tail === null ? hs : [...hs, ...Array(8 - hs.length - ts.length).fill("0"), ...ts];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const v = parseInt(g, 16);
    out[i * 2] = v >> 8;
    out[i * 2 + 1] = v & 0xff;
  });
  return out;
}

const v4At = (b: Uint8Array, i: number) => `${b[i]}.${b[i + 1]}.${b[i + 2]}.${b[i + 3]}`;
const zero = (b: Uint8Array, from: number, to: number) => b.subarray(from, to).every((x) => x === 0);

/** The IPv4 address an IPv6 address carries, for the prefixes that carry one. */
export function embeddedIpv4(b: Uint8Array): string | null {
  if (zero(b, 0, 12)) return v4At(b, 12); // ::/96, IPv4-compatible (and :: and ::1)
  if (zero(b, 0, 10) && b[10] === 0xff && b[11] === 0xff) return v4At(b, 12); // ::ffff:0:0/96, IPv4-mapped
  if (zero(b, 0, 8) && b[8] === 0xff && b[9] === 0xff && zero(b, 10, 12)) return v4At(b, 12); // ::ffff:0:0:0/96, SIIT
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zero(b, 4, 12)) return v4At(b, 12); // 64:ff9b::/96, NAT64
  if (b[0] === 0x20 && b[1] === 0x02) return v4At(b, 2); // 2002::/16, 6to4
  return null;
}

const hex = (b: Uint8Array) => Array.from({ length: 8 }, (_, i) => ((b[i * 2] << 8) | b[i * 2 + 1]).toString(16)).join(":");

/** True for loopback, private, link-local, documentation and every other special-purpose address. */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, "");
  const family = net.isIP(bare.replace(/%.*$/, ""));
  if (family === 4) return v4List.check(bare, "ipv4");
  if (family !== 6) return false;
  const bytes = ipv6Bytes(bare)!;
  const v4 = embeddedIpv4(bytes);
  if (v4) return v4List.check(v4, "ipv4");
  return v6List.check(hex(bytes), "ipv6");
}

const refuse = (host: string, ip: string) =>
  permanent("private_address", `${host} resolves to ${ip}, a private/loopback/link-local address; pass --allow-private to crawl it`);

/** Throws for a URL whose host is a literal private IP (lookup is skipped for those). */
export function checkLiteralHost(url: URL, allowPrivate: boolean): void {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && isPrivateAddress(host)) throw refuse(host, host);
}

type LookupCb = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `lookup` for net/tls.connect that refuses private addresses after resolution. */
export function guardedLookup(hostname: string, options: dns.LookupOptions, cb: LookupCb): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return cb(err, "");
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad) return cb(refuse(hostname, bad.address) as unknown as NodeJS.ErrnoException, "");
    if (options.all) return cb(null, list);
    cb(null, list[0].address, list[0].family);
  });
}
