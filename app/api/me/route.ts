import { getCurrentUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

// Who is signed in, for the header's account menu. Kept out of the page render so
// public pages stay cacheable; never cached itself.
export async function GET() {
  const user = await getCurrentUser();
  const body = user
    ? { user: { name: user.name, email: user.email, isAdmin: user.isAdmin, isProvider: user.memberships.length > 0 } }
    : { user: null };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
