import { Badge } from "@/components/ui/badge";
import type { Order } from "@/db/schema";

const labels: Record<Order["status"], { label: string; tone: "neutral" | "success" | "warning" | "danger" | "brand" }> = {
  pending: { label: "Processing", tone: "warning" },
  paid: { label: "Paid", tone: "success" },
  partially_refunded: { label: "Partly refunded", tone: "brand" },
  refunded: { label: "Refunded", tone: "neutral" },
  disputed: { label: "Disputed", tone: "danger" },
  dispute_lost: { label: "Charged back", tone: "danger" },
  failed: { label: "Failed", tone: "danger" },
  expired: { label: "Abandoned", tone: "neutral" },
};

export function OrderStatusBadge({ status }: { status: Order["status"] }) {
  const { label, tone } = labels[status];
  return <Badge tone={tone}>{label}</Badge>;
}
