import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/auth/policy";

export const metadata: Metadata = { robots: { index: false } };

// The console's frame. Access is decided by each page and action (requireAdmin), not
// here: a layout does not re-render on navigation, so it cannot be the guard. It only
// leaves the navigation out for everyone else, who get the page's 403 or sign-in.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="space-y-6">
      {isAdmin(user) ? <AdminNav /> : null}
      {children}
    </div>
  );
}
