// Baked badges (Open Badges 3.0 §5.3 "Baking"): the signed credential travels inside
// the badge image. PNG: one uncompressed iTXt chunk with keyword
// "openbadgecredential"; SVG: an <openbadges:credential> element in the OB 3.0
// namespace. The credential text is embedded exactly as served, so it re-extracts
// byte for byte.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const PNG_KEYWORD = "openbadgecredential";
export const OB_SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";

// CRC-32 (ISO 3309) as PNG chunks need it; zlib.crc32 is not in every supported Node.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

type Chunk = { type: string; data: Buffer };

function readChunks(png: Buffer): Chunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new BadgeFormatError("Not a PNG image.");
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    if (offset + 12 + length > png.length) throw new BadgeFormatError("The PNG is truncated.");
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
    if (type === "IEND") break;
  }
  if (chunks.at(-1)?.type !== "IEND") throw new BadgeFormatError("The PNG has no IEND chunk.");
  return chunks;
}

function writeChunk(chunk: Chunk): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(chunk.data.length, 0);
  head.write(chunk.type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), chunk.data])), 0);
  return Buffer.concat([head, chunk.data, crc]);
}

export class BadgeFormatError extends Error {}

// iTXt: keyword \0 compression-flag(0) compression-method(0) language \0 translated \0 text
const isCredentialChunk = (c: Chunk) => c.type === "iTXt" && c.data.subarray(0, PNG_KEYWORD.length + 1).equals(Buffer.from(`${PNG_KEYWORD}\0`, "latin1"));

/** The PNG with exactly one uncompressed iTXt chunk holding `credentialText`. */
export function bakePng(png: Buffer, credentialText: string): Buffer {
  const chunks = readChunks(png).filter((c) => !isCredentialChunk(c));
  const itxt: Chunk = { type: "iTXt", data: Buffer.concat([Buffer.from(`${PNG_KEYWORD}\0\0\0\0\0`, "latin1"), Buffer.from(credentialText, "utf8")]) };
  const iend = chunks.pop()!;
  return Buffer.concat([PNG_SIGNATURE, ...chunks.map(writeChunk), writeChunk(itxt), writeChunk(iend)]);
}

/** The credential text baked into a PNG; null when it carries none. */
export function extractFromPng(png: Buffer): string | null {
  const found = readChunks(png).filter(isCredentialChunk);
  if (found.length === 0) return null;
  if (found.length > 1) throw new BadgeFormatError("The PNG holds more than one openbadgecredential chunk.");
  const data = found[0]!.data.subarray(PNG_KEYWORD.length + 1);
  if (data[0] !== 0) throw new BadgeFormatError("The openbadgecredential chunk is compressed; OB 3.0 requires it uncompressed.");
  // Skip compression method, then the language tag and translated keyword (both \0-terminated).
  let i = 2;
  for (let nulls = 0; nulls < 2; i++) {
    if (i >= data.length) throw new BadgeFormatError("The openbadgecredential chunk is malformed.");
    if (data[i] === 0) nulls++;
  }
  return data.subarray(i).toString("utf8");
}

/** The SVG with an <openbadges:credential> element holding `credentialText`. */
export function bakeSvg(svg: string, credentialText: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new BadgeFormatError("Not an SVG image.");
  let tag = open[0];
  if (!/xmlns:openbadges=/.test(tag)) tag = tag.replace(/^<svg\b/, `<svg xmlns:openbadges="${OB_SVG_NAMESPACE}"`);
  // "]]>" cannot appear inside CDATA: split it across two sections (the text is unchanged).
  const cdata = `<![CDATA[${credentialText.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
  const body = svg.slice(open.index + open[0].length).replace(/<openbadges:credential[\s\S]*?<\/openbadges:credential>/g, "");
  return `${svg.slice(0, open.index)}${tag}\n<openbadges:credential>${cdata}</openbadges:credential>${body}`;
}

/** The credential text baked into an SVG; null when it carries none. */
export function extractFromSvg(svg: string): string | null {
  if (!/<svg\b/.test(svg)) throw new BadgeFormatError("Not an SVG image.");
  if (!svg.includes(`xmlns:openbadges="${OB_SVG_NAMESPACE}"`)) return null;
  const match = /<openbadges:credential(?:\s[^>]*)?>([\s\S]*?)<\/openbadges:credential>/.exec(svg);
  if (!match) return null;
  const inner = match[1]!.trim();
  const sections = [...inner.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)];
  if (sections.length) return sections.map((m) => m[1]).join("");
  // Not in CDATA: XML-escaped text.
  return inner.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
