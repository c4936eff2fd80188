// Issue 15 §1: provider markdown is rendered by a linear parser (markdown-it) with the
// same safety as before: no raw HTML, no script links, classes-only highlighting.
import { describe, expect, it } from "vitest";
import { MAX_MARKDOWN_CHARS, renderMarkdown } from "@/lib/markdown/render-markdown";

describe("renderMarkdown", () => {
  it("renders the markdown our content uses: headings, emphasis, GFM tables, task lists, highlighted code", () => {
    const html = renderMarkdown("## What you learn\n\n- **Everything**\n- [ ] a task\n- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```sql\nselect 1;\n```\n");
    expect(html).toContain("<h2>What you learn</h2>");
    expect(html).toContain("<strong>Everything</strong>");
    expect(html).toContain('<input type="checkbox" disabled aria-label="to do"> a task');
    expect(html).toContain('<input type="checkbox" disabled checked aria-label="done"> done');
    expect(html).toContain("<table>");
    expect(html).toMatch(/<pre><code class="hljs language-sql"><span class="hljs-keyword">select<\/span>/);
  });

  it("escapes raw HTML and drops script links; links are marked as user content", () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](https://example.com) ![i](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/<script|<img src=x|href="javascript:|src="data:text/);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('<a href="https://example.com" rel="nofollow ugc noopener">y</a>');
  });

  it("does not guess a language, so unknown fences are plain", () => {
    expect(renderMarkdown("```\nselect 1\n```")).toBe("<pre><code>select 1\n</code></pre>\n");
  });

  it("survives nesting that crashed the previous renderer (stack overflow at 12,500 levels)", () => {
    expect(() => renderMarkdown(">".repeat(50_000) + " deep")).not.toThrow();
    expect(() => renderMarkdown(Array.from({ length: 5000 }, (_, i) => "  ".repeat(i) + "- a").join("\n"))).not.toThrow();
  });

  it("shows input beyond any field's limit as plain text without parsing it", () => {
    const html = renderMarkdown("*a".repeat(MAX_MARKDOWN_CHARS));
    expect(html.startsWith("<pre>*a*a")).toBe(true);
  });
});
