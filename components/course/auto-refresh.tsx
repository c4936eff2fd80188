"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

// Re-renders the (server) page every few seconds while a payment is being
// confirmed, and says so when it takes longer than it should.
export function AutoRefresh({ everyMs = 2000, giveUpAfterMs = 60_000 }: { everyMs?: number; giveUpAfterMs?: number }) {
  const router = useRouter();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > giveUpAfterMs) {
        setSlow(true);
        clearInterval(timer);
        return;
      }
      router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs, giveUpAfterMs]);
  return slow ? (
    <p className="text-sm text-slate-700">This is taking longer than usual. You can leave this page: we&apos;ll email your receipt as soon as the payment is confirmed.</p>
  ) : null;
}
