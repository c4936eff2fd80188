import type { Order } from "@/db/schema";
import { accessForOrder, type AccessStatus } from "./order-state";

// When a learner's orders for one course disagree (paid twice, one refunded, one in
// dispute), the strongest claim decides: any paid order opens the course; otherwise an
// open dispute suspends it, a lost one revokes it, and only when every order was
// refunded is the access refunded.
const strength: Record<AccessStatus, number> = { active: 4, suspended: 3, revoked: 2, refunded: 1 };

export type PurchasedAccess = { status: AccessStatus; orderId: string };

/**
 * The access all of a learner's orders for a course give together; null when none was
 * ever paid. `preferOrderId` (the order the enrollment points at) keeps its place
 * while it still grants the winning status, so repeated events do not move it around.
 */
export function accessFromOrders(orders: Order[], preferOrderId: string | null): PurchasedAccess | null {
  let best: PurchasedAccess | null = null;
  for (const order of [...orders].sort((a, b) => (a.paidAt?.getTime() ?? 0) - (b.paidAt?.getTime() ?? 0))) {
    const status = accessForOrder(order.status);
    if (!status) continue;
    const better = !best || strength[status] > strength[best.status] || (strength[status] === strength[best.status] && order.id === preferOrderId);
    if (better) best = { status, orderId: order.id };
  }
  return best;
}
