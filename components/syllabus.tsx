import Link from "next/link";
import { formatDuration } from "@/lib/catalog/format";
import { Badge } from "./ui/badge";

type SyllabusModule = {
  id: string;
  title: string;
  lessons: { id: string; title: string; isPreview: boolean; durationMinutes: number }[];
};

// With a course slug, preview lessons link to the player (open to everyone).
export function Syllabus({ modules, courseSlug }: { modules: SyllabusModule[]; courseSlug?: string }) {
  if (modules.length === 0) return <p className="text-sm text-slate-600">The syllabus is being prepared.</p>;
  return (
    <ol className="space-y-3">
      {modules.map((m, i) => (
        <li key={m.id} className="rounded-xl border border-slate-200 bg-white">
          <h3 className="border-b border-slate-200 px-4 py-3 font-semibold">
            <span className="text-slate-600">Module {i + 1}:</span> {m.title}
          </h3>
          <ol className="divide-y divide-slate-100">
            {m.lessons.map((l) => (
              <li key={l.id} className="flex items-center gap-3 px-4 py-2.5 text-sm">
                {courseSlug && l.isPreview ? (
                  <Link href={`/learn/${courseSlug}/${l.id}`} className="flex-1 font-medium text-brand-700 hover:underline">
                    {l.title}
                  </Link>
                ) : (
                  <span className="flex-1">{l.title}</span>
                )}
                {l.isPreview ? <Badge tone="success">Free preview</Badge> : null}
                <span className="text-xs text-slate-600">{formatDuration(l.durationMinutes)}</span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
