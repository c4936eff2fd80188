import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

// Markdown from providers is untrusted: raw HTML is dropped (skipHtml) and
// react-markdown's default URL transform removes javascript: and similar links.
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose prose-slate max-w-none prose-a:text-brand-700 prose-code:before:content-none prose-code:after:content-none">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
