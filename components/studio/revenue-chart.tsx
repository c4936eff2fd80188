"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Revenue per month for one currency. The chart is for sighted users; the same
// figures are in the table next to it (aria-hidden here avoids reading them twice).
export function RevenueChart({ points, currency }: { points: { month: string; amount: number }[]; currency: string }) {
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
  return (
    <div aria-hidden className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => money.format(v)} tick={{ fontSize: 12 }} width={72} />
          <Tooltip formatter={(v) => money.format(Number(v))} />
          <Bar dataKey="amount" name="Revenue" fill="#1d4ed8" radius={[4, 4, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
