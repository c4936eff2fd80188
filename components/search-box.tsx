"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { buttonClasses } from "./ui/button";
import { fieldClasses } from "./ui/input";

type Option = { key: string; label: string; detail: string; href: string };
type Suggestions = { courses: { slug: string; title: string; provider: string }[]; skills: { slug: string; name: string }[] };

// The header search: a plain GET form to /courses that works without JavaScript,
// enhanced into an ARIA 1.2 combobox with debounced type-ahead suggestions.
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const router = useRouter();
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    const q = value.trim();
    if (q.length < 2) {
      request.current?.abort();
      return;
    }
    const timer = setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setLoading(true);
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const data = (await response.json()) as Suggestions;
        setOptions([
          ...data.skills.map((s) => ({ key: `s-${s.slug}`, label: s.name, detail: "Skill", href: `/skills/${s.slug}` })),
          ...data.courses.map((c) => ({ key: `c-${c.slug}`, label: c.title, detail: c.provider, href: `/courses/${c.slug}` })),
        ]);
        setActive(-1);
        setOpen(true);
      } catch {
        // aborted by a newer keystroke, or offline: keep the plain search working
      } finally {
        if (request.current === controller) setLoading(false);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [value]);

  const visible = open && value.trim().length >= 2 && options.length > 0;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && options.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Escape" && visible) {
      event.preventDefault(); // close the list; a second Escape clears the field as usual
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && visible && active >= 0) {
      event.preventDefault();
      const option = options[active];
      setOpen(false);
      if (option) router.push(option.href);
    }
  }

  return (
    <form action="/courses" role="search" className="relative order-last flex w-full items-center gap-2 sm:order-none sm:ml-auto sm:w-96">
      <label htmlFor="site-search" className="sr-only">
        Search courses and skills
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        autoComplete="off"
        placeholder="Search courses and skills"
        className={fieldClasses}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        role="combobox"
        aria-expanded={visible}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={visible && active >= 0 ? `${listId}-${active}` : undefined}
        aria-busy={loading || undefined}
      />
      <button type="submit" className={buttonClasses("secondary", "md")}>
        Search
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!visible}
        className="absolute left-0 right-0 top-full z-50 mt-1 max-h-96 overflow-auto rounded-xl border border-slate-200 bg-white p-1 shadow-lg"
      >
        {options.map((o, i) => (
          <li
            key={o.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              setOpen(false);
              router.push(o.href);
            }}
            onMouseEnter={() => setActive(i)}
            className={`flex cursor-pointer items-baseline justify-between gap-3 rounded-lg px-3 py-2 text-sm ${i === active ? "bg-brand-50 text-brand-900" : "text-slate-800"}`}
          >
            <span className="truncate">{o.label}</span>
            <span className="shrink-0 text-xs text-slate-600">{o.detail}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
