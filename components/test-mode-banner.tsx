export function TestModeBanner({ children }: { children: React.ReactNode }) {
  return (
    <div role="note" className="rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-bold uppercase tracking-wide">Test mode — no real payment</p>
      <p className="mt-1">{children}</p>
    </div>
  );
}
