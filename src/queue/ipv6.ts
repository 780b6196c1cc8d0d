/**
 * IPv6 literals as callback hosts: parsed into their eight 16-bit groups, and the IPv4 address a
 * transition form carries taken out of them, so that `[::ffff:127.0.0.1]`, `[64:ff9b::a9fe:a9fe]`
 * or `[2002:7f00:1::]` are judged by the IPv4 address they lead to (RFC 4291, 6052, 3056, 4380).
 */

/** Four octets of an IPv4 address. @example const loopback: Ipv4 = [127, 0, 0, 1]; */
export type Ipv4 = [number, number, number, number];

/**
 * The eight groups of an IPv6 literal (without brackets), or null when it is not one.
 * Accepts `::` compression and a dotted IPv4 tail (`::ffff:10.0.0.1`); zone ids are not URL syntax.
 *
 * @example
 * parseIpv6('::ffff:127.0.0.1') // => [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]
 * parseIpv6('fe80::1')          // => [0xfe80, 0, 0, 0, 0, 0, 0, 1]
 * parseIpv6('example.com')      // => null
 */
export function parseIpv6(text: string): number[] | null {
  const address = text.toLowerCase();
  if (!/^[0-9a-f:.]+$/.test(address) || address.length > 45) return null;
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseDottedIpv4(piece);
        if (!v4) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : null;
}

/**
 * `a.b.c.d` with four decimal octets, or null.
 *
 * @example
 * parseDottedIpv4('169.254.169.254') // => [169, 254, 169, 254]
 * parseDottedIpv4('1.2.3')           // => null
 */
export function parseDottedIpv4(text: string): Ipv4 | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? (octets as Ipv4) : null;
}

/**
 * The IPv4 addresses an IPv6 address leads to: the one it embeds (IPv4-mapped `::ffff:0:0/96`,
 * IPv4-translated `::ffff:0:0:0/96`, the deprecated IPv4-compatible `::/96`, NAT64 `64:ff9b::/96`,
 * 6to4 `2002::/16`), or for Teredo `2001::/32` both its server and its (obfuscated) client.
 * Empty for an ordinary IPv6 address.
 *
 * @example
 * embeddedIpv4([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]) // => [[127, 0, 0, 1]]
 * embeddedIpv4([0x2002, 0x0a00, 0x0001, 0, 0, 0, 0, 1]) // => [[10, 0, 0, 1]]
 * embeddedIpv4([0x2606, 0x4700, 0, 0, 0, 0, 0, 0x1111]) // => []
 */
export function embeddedIpv4(groups: readonly number[]): Ipv4[] {
  const g = (i: number) => groups[i]!;
  const v4 = (hi: number, lo: number): Ipv4 => [hi >> 8, hi & 255, lo >> 8, lo & 255];
  const zeros = (from: number, to: number) => groups.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && (g(5) === 0xffff || g(5) === 0)) return [v4(g(6), g(7))]; // mapped, compatible (incl. :: and ::1)
  if (zeros(0, 4) && g(4) === 0xffff && g(5) === 0) return [v4(g(6), g(7))]; // translated (SIIT)
  if (g(0) === 0x64 && g(1) === 0xff9b && zeros(2, 6)) return [v4(g(6), g(7))]; // NAT64 well-known prefix
  if (g(0) === 0x2002) return [v4(g(1), g(2))]; // 6to4
  // Teredo: the server, and the client (stored inverted).
  if (g(0) === 0x2001 && g(1) === 0) return [v4(g(2), g(3)), v4(g(6) ^ 0xffff, g(7) ^ 0xffff)];
  return [];
}

/**
 * Ranges that are internal in themselves: unique local `fc00::/7`, link-local `fe80::/10`,
 * site-local `fec0::/10` (deprecated, still routed inside some networks), multicast `ff00::/8`, and
 * the local-use NAT64 prefix `64:ff9b:1::/48` (RFC 8215), whose IPv4 mapping is the operator's own.
 *
 * @example
 * isInternalIpv6Range([0xfec0, 0, 0, 0, 0, 0, 0, 1]) // => true
 * isInternalIpv6Range([0x2606, 0x4700, 0, 0, 0, 0, 0, 0x1111]) // => false
 */
export function isInternalIpv6Range(groups: readonly number[]): boolean {
  const first = groups[0]!;
  return (
    (first & 0xfe00) === 0xfc00 || // unique local
    (first & 0xffc0) === 0xfe80 || // link-local
    (first & 0xffc0) === 0xfec0 || // site-local
    (first & 0xff00) === 0xff00 || // multicast
    (first === 0x64 && groups[1] === 0xff9b && groups[2] === 1) // local-use NAT64
  );
}
