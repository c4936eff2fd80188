// Issue 15 §1: every parser that reads request input must be linear (or capped). Prints,
// for each parser and each pathological input, the time at n and 4n characters and the
// ratio (≈4 is linear, ≈16 quadratic), each the median of five runs. Figures only; no assertion on time (machines are
// noisy). Usage: npm run measure:parsers [-- --sizes 12500,50000]
import { parseArgs } from "node:util";
import { toCsv } from "@/lib/studio/csv";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { clientAddress } from "@/lib/auth/client-ip";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "12500,50000" } } });
const [small, large] = values.sizes!.split(",").map(Number) as [number, number];

const fill = (n: number, block: string, sep: string) => {
  const parts: string[] = [];
  for (let len = 0; len < n; len += block.length + sep.length) parts.push(block);
  return parts.join(sep);
};
const markdown: Record<string, (n: number) => string> = {
  "nested lists": (n) => Array.from({ length: n / 10 }, (_, i) => " ".repeat(Math.min(i * 2, 200)) + "- a").join("\n"),
  "blockquotes (> x, blank lines)": (n) => fill(n, "> x", "\n\n"),
  "8-deep blockquotes": (n) => fill(n, ">".repeat(8) + " x", "\n\n"),
  "emphasis runs in one paragraph": (n) => Array.from({ length: n / 400 }, () => "**_".repeat(133)).join("\n"),
  "unclosed links": (n) => "[a](".repeat(n / 4),
  "brackets": (n) => "[".repeat(n),
  "backticks": (n) => "`a".repeat(n / 2),
  "tables": (n) => "|a|b|\n|-|-|\n" + "|x|y|\n".repeat(n / 6),
  "code fence (js comments)": (n) => "```js\n" + "/*".repeat(n / 2) + "\n```",
};
const others: Record<string, [(n: number) => string, (input: string) => unknown]> = {
  "csv export, quotes and formulas": [(n) => '="a"'.repeat(n / 4), (input) => toCsv(["a"], [[input], [input]])],
  "catalog query q (NUL, long)": [(n) => "\u0000a".repeat(n / 2), (input) => parseCatalogQuery({ q: input })],
  "X-Forwarded-For chain": [(n) => "1.2.3.4, ".repeat(n / 9), (input) => clientAddress(input, 1)],
};

// Median of five runs: one run on a shared machine is mostly noise at these sizes.
function time(run: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

const rows: string[] = [];
const report = (name: string, a: number, b: number) =>
  rows.push(`${name.padEnd(40)} ${a.toFixed(1).padStart(9)} ms ${b.toFixed(1).padStart(9)} ms   ×${(b / Math.max(a, 0.05)).toFixed(1)}`);
renderMarkdown("warm-up *markdown* with `code`");
for (const [name, make] of Object.entries(markdown)) report(`markdown: ${name}`, time(() => renderMarkdown(make(small))), time(() => renderMarkdown(make(large))));
for (const [name, [make, run]] of Object.entries(others)) report(name, time(() => run(make(small))), time(() => run(make(large))));
console.log(`parser / input                             ${String(small).padStart(9)} ch ${String(large).padStart(9)} ch   ratio (×${large / small} input)`);
console.log(rows.join("\n"));
