import { ButtonLink } from "@/components/ui/button";

// What a visitor sees instead of a lesson or quiz they may not open yet.
export function LockedNotice({ access, courseSlug, title, returnTo }: { access: "signin" | "enroll"; courseSlug: string; title: string; returnTo: string }) {
  return (
    <section aria-labelledby="locked-heading" className="rounded-xl border border-amber-200 bg-amber-50 p-6">
      <h1 id="locked-heading" className="text-2xl font-bold tracking-tight">
        Enroll to continue
      </h1>
      <p className="mt-2 text-slate-800">
        “{title}” is part of the full course. {access === "signin" ? "Sign in, then enroll to open it." : "Enroll in the course to open every lesson and quiz."}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <ButtonLink href={`/courses/${courseSlug}`}>See the course and enroll</ButtonLink>
        {access === "signin" ? (
          <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`} variant="secondary">
            Sign in
          </ButtonLink>
        ) : null}
      </div>
    </section>
  );
}
