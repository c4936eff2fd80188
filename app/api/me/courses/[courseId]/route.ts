import { z } from "zod";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPurchaseState } from "@/lib/enrollments/get-purchase-state";
import { paymentsMode } from "@/lib/payments/payments-config";

export const dynamic = "force-dynamic";

// The signed-in learner's standing with one course, for the (cached) course page's
// enroll/buy panel. Never cached; anonymous visitors get { signedIn: false }.
export async function GET(_request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const headers = { "Cache-Control": "private, no-store" };
  const courseId = z.uuid().safeParse((await params).courseId);
  if (!courseId.success) return Response.json({ error: "courseId must be a UUID" }, { status: 400, headers });
  const user = await getCurrentUser();
  if (!user) return Response.json({ signedIn: false }, { headers });
  const state = await getPurchaseState(await getDb(), { userId: user.id, courseId: courseId.data });
  if (!state) return Response.json({ error: "Course not found" }, { status: 404, headers });
  const mode = paymentsMode();
  return Response.json({ signedIn: true, ...state, purchasable: state.purchasable && mode !== "disabled", testMode: mode === "test" }, { headers });
}
