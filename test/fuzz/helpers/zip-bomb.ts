/**
 * Zip bombs, built at test time (nothing big on disk): a deflate stream that inflates to about
 * 1 GB from ~6 MB, wrapped in a .docx-shaped ZIP whose headers may tell the truth about the size
 * or lie about it.
 */

/**
 * A raw deflate stream (RFC 1951) that inflates to `1 + 258 * repeats` copies of `byte`: one
 * fixed-Huffman block holding the literal once, then `repeats` back-references of length 258 at
 * distance 1 (13 bits each), then the end-of-block code.
 *
 * @example
 * inflateSync(repeatedByteDeflate(0x20, 2)) // => 517 spaces
 */
export function repeatedByteDeflate(byte: number, repeats: number): Uint8Array {
  const bits = new BitWriter(Math.ceil((3 + 8 + repeats * 13 + 7) / 8) + 2);
  bits.write(1, 1); // BFINAL: the last block
  bits.write(1, 2); // BTYPE 01: fixed Huffman codes
  // Literals 0-143 have the 8-bit codes 0x30-0xBF.
  bits.huffman(0x30 + byte, 8);
  for (let i = 0; i < repeats; i++) {
    bits.huffman(0xc5, 8); // length symbol 285 = 258 bytes (codes 280-287 are 0xC0-0xC7), no extra bits
    bits.huffman(0, 5); // distance code 0 = distance 1, no extra bits
  }
  bits.huffman(0, 7); // symbol 256: end of block
  return bits.bytes();
}

/** Writes bits least-significant first, as deflate packs them; Huffman codes go most-significant first. */
class BitWriter {
  private readonly out: Uint8Array;
  private bit = 0;

  constructor(size: number) {
    this.out = new Uint8Array(size);
  }

  write(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      if ((value >>> i) & 1) this.out[this.bit >>> 3]! |= 1 << (this.bit & 7);
      this.bit++;
    }
  }

  huffman(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.write((code >>> i) & 1, 1);
  }

  bytes(): Uint8Array {
    return this.out.subarray(0, (this.bit + 7) >>> 3);
  }
}

/** @example { name: 'word/document.xml', data: deflated, method: 8, declaredSize: 1000 } */
export interface ZipEntry {
  name: string;
  /** The stored bytes (deflated when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers claim the entry unpacks to: the truth, or a lie. */
  declaredSize: number;
}

/**
 * A ZIP archive (local headers, central directory, end record) with the sizes as declared. CRCs are
 * left at zero: readers that check them refuse the archive anyway, which is also a fine outcome.
 *
 * @example
 * zipOf([{ name: 'word/document.xml', data: repeatedByteDeflate(0x20, 4_000_000), method: 8, declaredSize: 1_000 }])
 */
export function zipOf(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true); // version needed
    local.setUint16(8, entry.method, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.declaredSize, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, entry.data);

    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, entry.method, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, entry.declaredSize, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
