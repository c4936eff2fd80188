import { renderMarkdown } from "@/lib/markdown/render-markdown";

// Markdown from providers is untrusted: lib/markdown/render-markdown.ts escapes raw HTML,
// refuses javascript: and similar links and highlights code with classes only (colours in
// globals.css), so the HTML below holds nothing a provider could run.
export function Markdown({ children }: { children: string }) {
  return (
    <div
      className="prose prose-slate max-w-none prose-a:text-brand-700 prose-code:before:content-none prose-code:after:content-none prose-img:rounded-lg"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(children) }}
    />
  );
}
