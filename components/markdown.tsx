import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";

// Markdown from providers is untrusted: raw HTML is dropped (skipHtml) and
// react-markdown's default URL transform removes javascript: and similar links.
// Code blocks are highlighted on the server (rehype-highlight only adds classes;
// the colours live in globals.css), so no highlighting script reaches the browser.
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose prose-slate max-w-none prose-a:text-brand-700 prose-code:before:content-none prose-code:after:content-none prose-img:rounded-lg">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[[rehypeHighlight, { detect: false }]]} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
