import hljs from "highlight.js/lib/common";
import markdownIt, { type MarkdownIt, type RendererRule, type Token } from "markdown-it";

/**
 * Markdown from providers is untrusted input rendered on public pages, so the parser
 * must be linear in its input (issue 15 §1). micromark (react-markdown) is not: 50 kB of
 * nested lists or blockquotes took 10–44 s on our machine. markdown-it keeps its
 * documented linear-time design and a nesting cap; `npm run measure:parsers` prints the
 * figures for both.
 *
 * Safety is the same as before: raw HTML is escaped (html: false), links go through
 * markdown-it's validateLink (no javascript:, vbscript:, file:, or data: except images),
 * and code is highlighted here, on the server, with classes only.
 */
const md: MarkdownIt = markdownIt({
  html: false,
  linkify: true,
  typographer: false,
  // Only a fence that names a language highlight.js knows is highlighted (never guessed);
  // the markup matches what rehype-highlight produced (`code.hljs`), so globals.css applies.
  highlight(code, lang) {
    if (!lang || !hljs.getLanguage(lang)) return "";
    const html = hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
    return `<pre><code class="hljs language-${md.utils.escapeHtml(lang)}">${html}</code></pre>`;
  },
});
md.options.maxNesting = 20;

// Provider links are user content: search engines should not credit them to us.
const renderAsIs: RendererRule = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);
const defaultLinkOpen: RendererRule = md.renderer.rules.link_open ?? renderAsIs;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet("rel", "nofollow ugc noopener");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// GFM task lists ("- [ ] item", "- [x] item"), which the seed content uses: a disabled
// checkbox, as remark-gfm rendered them.
md.core.ruler.after("inline", "task_lists", (state) => {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i]!;
    if (inline.type !== "inline" || tokens[i - 1]!.type !== "paragraph_open" || tokens[i - 2]!.type !== "list_item_open") continue;
    const first = inline.children?.[0];
    const match = first?.type === "text" ? /^\[([ xX])\]\s/.exec(first.content) : null;
    if (!first || !match) continue;
    first.content = first.content.slice(match[0].length);
    const box: Token = new state.Token("html_inline", "", 0);
    box.content = `<input type="checkbox" disabled${match[1] === " " ? "" : " checked"} aria-label="${match[1] === " " ? "to do" : "done"}"> `;
    inline.children!.unshift(box);
    tokens[i - 2]!.attrJoin("class", "task-list-item");
  }
});

/** Markdown larger than any field allows (50,000 characters) is shown as plain text. */
export const MAX_MARKDOWN_CHARS = 100_000;

export function renderMarkdown(source: string): string {
  if (source.length > MAX_MARKDOWN_CHARS) return `<pre>${md.utils.escapeHtml(source)}</pre>`;
  return md.render(source);
}
