// SSRF guard: a hostile feed must not point the crawler inside a network. Checked
// after DNS resolution (in the socket's lookup), so a name that resolves to 10.0.0.1
// is refused too, and again for literal IP hosts, which never go through lookup.
import dns from "node:dns";
import net from "node:net";
import { permanent } from "./errors.js";

const V4_BLOCKED: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const blockList = new net.BlockList();
for (const [a, p] of V4_BLOCKED) blockList.addSubnet(a, p, "ipv4");
for (const [a, p] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as Array<[string, number]>)
  blockList.addSubnet(a, p, "ipv6");

/** True for loopback, private, link-local and other non-public addresses. */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, "");
  const family = net.isIP(bare);
  if (family === 0) return false;
  if (family === 6) {
    // IPv4-mapped (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
    if (mapped) return blockList.check(mapped[1], "ipv4");
    return blockList.check(bare, "ipv6");
  }
  return blockList.check(bare, "ipv4");
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
