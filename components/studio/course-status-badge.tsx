import { Badge } from "@/components/ui/badge";
import { courseStatusLabel } from "@/lib/studio/course-status";

export function CourseStatusBadge({ status }: { status: string }) {
  const { label, tone } = courseStatusLabel(status);
  return <Badge tone={tone}>{label}</Badge>;
}
