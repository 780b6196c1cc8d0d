/**
 * Which callback URLs a job may call. Only http(s); in production never a loopback, private,
 * link-local or otherwise internal address (so the service cannot be used to probe networks it
 * sits in). Tests and local development may call 127.0.0.1.
 *
 * A public host name that resolves to a private address cannot be caught here (Workers have no
 * DNS lookup); on Cloudflare, fetch() to such addresses does not reach private networks anyway.
 */
import { AppError } from '../http/errors';
import { embeddedIpv4, isInternalIpv6Range, parseDottedIpv4, parseIpv6, type Ipv4 } from './ipv6';

const INTERNAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan'];

/**
 * Throws 400 `invalid-callback-url` unless the URL may be called.
 *
 * @example
 * checkCallbackUrl('https://hooks.example.com/done', { allowPrivate: false }); // ok
 * checkCallbackUrl('http://169.254.169.254/latest', { allowPrivate: false }); // throws
 * checkCallbackUrl('http://127.0.0.1:9999/cb', { allowPrivate: true });       // ok (tests)
 */
export function checkCallbackUrl(url: string, policy: { allowPrivate: boolean }): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('it is not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw invalid('only http and https URLs can be called');
  if (parsed.username || parsed.password) throw invalid('credentials in the URL are not allowed');
  if (!policy.allowPrivate && isInternalHost(parsed.hostname))
    throw invalid(`"${parsed.hostname}" is a private or internal address`);
}

/**
 * True for host names and IP literals that point inside a network rather than to the internet.
 * The URL parser has already turned forms like `2130706433` or `0x7f.1` into dotted decimal.
 *
 * @example
 * isInternalHost('10.1.2.3')   // => true
 * isInternalHost('[::1]')      // => true
 * isInternalHost('example.com') // => false
 */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || INTERNAL_SUFFIXES.some((s) => host.endsWith(s))) return true;
  const v4 = parseDottedIpv4(host);
  if (v4) return isInternalV4(v4);
  if (host.startsWith('[')) return isInternalV6(host.slice(1, -1));
  return !host.includes('.'); // a bare name ("intranet") resolves inside some network
}

function isInternalV4([a, b]: Ipv4): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

/** An IPv6 literal is internal in itself, or leads to an internal IPv4 address; one we cannot read is refused. */
function isInternalV6(address: string): boolean {
  const groups = parseIpv6(address);
  if (!groups) return true;
  return isInternalIpv6Range(groups) || embeddedIpv4(groups).some(isInternalV4);
}

function invalid(why: string): AppError {
  return new AppError(400, 'invalid-callback-url', `callbackUrl cannot be used: ${why}`);
}
