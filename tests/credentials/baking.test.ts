import { describe, expect, it } from "vitest";
import { generatedBadgeSvg, renderPng } from "@/lib/credentials/achievement-image";
import { bakePng, bakeSvg, BadgeFormatError, extractFromPng, extractFromSvg, PNG_KEYWORD } from "@/lib/credentials/bake-badge";

const credentialText = JSON.stringify({ id: "https://x.example/credentials/1", name: "Ünïcode ✓ and ]]> inside", proof: { proofValue: "z3abc" } });

function countChunks(png: Buffer, keyword: string) {
  let n = 0;
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    if (type === "iTXt" && png.toString("latin1", offset + 8, offset + 8 + keyword.length) === keyword) n++;
    offset += 12 + length;
  }
  return n;
}

describe("baked badges", () => {
  const svg = generatedBadgeSvg({ title: "Data analysis with SQL and Python for everyone", providerName: "Acme Academy" });
  const png = renderPng(svg);

  it("PNG: exactly one uncompressed iTXt chunk that re-extracts byte-equal, also after baking twice", () => {
    const baked = bakePng(bakePng(png, "old"), credentialText);
    expect(countChunks(baked, PNG_KEYWORD)).toBe(1);
    expect(extractFromPng(baked)).toBe(credentialText);
    expect(extractFromPng(png)).toBeNull();
    expect(() => extractFromPng(Buffer.from("not a png"))).toThrow(BadgeFormatError);
  });

  it("SVG: an openbadges:credential element in the OB 3.0 namespace that re-extracts byte-equal", () => {
    const baked = bakeSvg(svg, credentialText);
    expect(baked).toContain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"');
    expect(baked.match(/<openbadges:credential>/g)).toHaveLength(1);
    expect(extractFromSvg(baked)).toBe(credentialText);
    expect(extractFromSvg(bakeSvg(baked, "second"))).toBe("second");
    expect(extractFromSvg(svg)).toBeNull();
  });
});
