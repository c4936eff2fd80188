"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { buyAction, enrollAction } from "@/app/(marketing)/courses/[slug]/actions";
import { Button, buttonClasses } from "@/components/ui/button";
import { idleForm } from "@/lib/forms/form-state";

type State =
  | { signedIn: false }
  | {
      signedIn: true;
      access: "none" | "active" | "suspended" | "refunded" | "revoked";
      processingOrderId: string | null;
      purchasable: boolean;
      testMode: boolean;
    };

type Props = { courseId: string; slug: string; isFree: boolean; priceLabel: string };

// The course page is cached for everyone, so the learner's own standing (enrolled?
// paying?) is asked for in the browser, like the header's account menu.
export function EnrollPanel({ courseId, slug, isFree, priceLabel }: Props) {
  const pathname = usePathname();
  const [state, setState] = useState<State | null>(null);
  const [enrollState, enroll, enrolling] = useActionState(enrollAction, idleForm);
  const [buyState, buy, buying] = useActionState(buyAction, idleForm);

  useEffect(() => {
    let live = true;
    fetch(`/api/me/courses/${courseId}`, { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<State>) : { signedIn: false as const }))
      .then((s) => live && setState(s))
      .catch(() => live && setState({ signedIn: false }));
    return () => {
      live = false;
    };
  }, [courseId]);

  const error = enrollState.status === "error" ? enrollState.message : buyState.status === "error" ? buyState.message : null;
  const cta = isFree ? "Enroll for free" : `Buy for ${priceLabel}`;

  if (state === null) return <div aria-hidden className="h-11 animate-pulse rounded-lg bg-slate-100" />;

  if (!state.signedIn) {
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`} className={buttonClasses("primary", "lg", "w-full")}>
        {isFree ? "Sign in to enroll" : `Sign in to buy · ${priceLabel}`}
      </Link>
    );
  }

  if (state.access === "active") {
    return (
      <div className="space-y-2">
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-sm font-medium text-emerald-800">
          You&apos;re enrolled in this course.
        </p>
        <Link href={`/learn/${slug}`} className={buttonClasses("primary", "lg", "w-full")}>
          Go to course
        </Link>
      </div>
    );
  }
  if (state.access === "suspended") {
    return <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">Your access is paused while a payment dispute is open.</p>;
  }
  if (state.access === "revoked") {
    return <p className="rounded-lg bg-slate-100 p-3 text-sm text-slate-800">Your access to this course was revoked. Contact support if you think this is a mistake.</p>;
  }
  if (state.processingOrderId) {
    return (
      <p className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900">
        Your payment is being processed.{" "}
        <Link className="font-medium underline" href={`/checkout/success?order=${state.processingOrderId}`}>
          Check its status
        </Link>
      </p>
    );
  }

  const unavailable = !isFree && !state.purchasable;
  return (
    <form action={isFree ? enroll : buy} className="space-y-2">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="slug" value={slug} />
      {error ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="lg" className="w-full" disabled={unavailable} pending={enrolling || buying}>
        {enrolling ? "Enrolling…" : buying ? "Opening secure checkout…" : cta}
      </Button>
      {unavailable ? <p className="text-sm text-slate-600">This course can&apos;t be bought right now.</p> : null}
      {!isFree && state.purchasable ? (
        <p className="text-xs text-slate-600">
          {state.testMode ? "Test mode: no real payment is taken. " : "Secure payment by Stripe. "}
          {state.access === "refunded" ? "You were refunded earlier; buying again restores access." : "Refundable within the refund window."}
        </p>
      ) : null}
    </form>
  );
}
