"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  courseId: string;
  moduleId: string;
  /** each lesson's row content, rendered on the server */
  items: { id: string; label: string; node: ReactNode }[];
  action: (input: { courseId: string; moduleId: string; lessonIds: string[] }) => Promise<FormState>;
  disabled: boolean;
};

// Drag and drop for a module's lessons, beside the move up / down buttons that stay
// the keyboard way. The new order shows at once and is saved as a whole; the page then
// refreshes from the server (which renumbers), and a refusal puts the old order back.
export function SortableLessons({ courseId, moduleId, items, action, disabled }: Props) {
  const serverOrder = items.map((i) => i.id);
  const [order, setOrder] = useState(serverOrder);
  const [seen, setSeen] = useState(serverOrder.join(","));
  const [dragging, setDragging] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  // A new server order (after a refresh, a button move, an added lesson) replaces ours.
  if (seen !== serverOrder.join(",")) {
    setSeen(serverOrder.join(","));
    setOrder(serverOrder);
  }
  const byId = new Map(items.map((i) => [i.id, i]));

  function dropOn(targetId: string) {
    const moving = dragging;
    setDragging(null);
    if (!moving || moving === targetId) return;
    const from = order.indexOf(moving);
    const to = order.indexOf(targetId);
    const next = order.filter((id) => id !== moving);
    next.splice(next.indexOf(targetId) + (from < to ? 1 : 0), 0, moving);
    setOrder(next);
    startTransition(async () => {
      const result = await action({ courseId, moduleId, lessonIds: next });
      if (result.status === "success") setMessage(`Moved “${byId.get(moving)?.label}”. ${result.message ?? ""}`.trim());
      else {
        setOrder(serverOrder);
        setMessage(result.message ?? "The new order could not be saved.");
      }
      router.refresh();
    });
  }

  return (
    <>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-busy={pending}>
        {order.map((id) => {
          const item = byId.get(id);
          if (!item) return null;
          return (
            <li
              key={id}
              draggable={!disabled}
              data-lesson-id={id}
              onDragStart={(event) => {
                setDragging(id);
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", id);
              }}
              onDragOver={(event) => {
                if (!dragging) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = "move";
              }}
              onDrop={(event) => {
                event.preventDefault();
                dropOn(id);
              }}
              onDragEnd={() => setDragging(null)}
              className={cn("flex flex-wrap items-center gap-2 px-3 py-2 text-sm", dragging === id && "opacity-50", !disabled && "cursor-grab")}
            >
              {!disabled ? (
                <span aria-hidden className="select-none text-slate-500" title="Drag to reorder">
                  ⠿
                </span>
              ) : null}
              {item.node}
            </li>
          );
        })}
      </ol>
      {message ? (
        <p role="status" className="text-xs text-slate-700">
          {message}
        </p>
      ) : null}
    </>
  );
}
