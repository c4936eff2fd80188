import { describe, expect, it } from "vitest";
import { formatDuration, formatLanguage, formatPrice } from "@/lib/catalog/format";
import { pageWindow } from "@/components/ui/pagination";

describe("formatPrice", () => {
  it("formats minor units for the currency's own number of decimals", () => {
    expect(formatPrice(4900, "USD")).toBe("$49.00");
    expect(formatPrice(12950, "EUR", "de-DE")).toBe("129,50\u00a0€");
    expect(formatPrice(1999, "GBP", "en-GB")).toBe("£19.99");
    expect(formatPrice(5000, "JPY")).toBe("¥5,000");
    expect(formatPrice(1234, "KWD")).toBe("KWD\u00a01.234");
  });

  it("says Free for zero", () => {
    expect(formatPrice(0, "USD")).toBe("Free");
  });
});

describe("formatDuration and formatLanguage", () => {
  it("reads like a person wrote it", () => {
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(120)).toBe("2 h");
    expect(formatDuration(150)).toBe("2 h 30 min");
    expect(formatLanguage("es")).toBe("Spanish");
    expect(formatLanguage("pt")).toBe("Portuguese");
  });
});

describe("pageWindow", () => {
  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });
});
