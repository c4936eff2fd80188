// One label map for course statuses, so a status added elsewhere (e.g. "suspended" by
// the admin area) renders as something sensible instead of breaking a page.
type Tone = "neutral" | "brand" | "success" | "warning" | "danger";

const known: Record<string, { label: string; tone: Tone }> = {
  draft: { label: "Draft", tone: "neutral" },
  in_review: { label: "In review", tone: "warning" },
  published: { label: "Published", tone: "success" },
  archived: { label: "Archived", tone: "neutral" },
  suspended: { label: "Suspended", tone: "danger" },
};

export function courseStatusLabel(status: string): { label: string; tone: Tone } {
  return known[status] ?? { label: status.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()), tone: "neutral" };
}

/** Statuses in which the provider may change the course's content. */
export function isEditableStatus(status: string): boolean {
  return status === "draft" || status === "published" || status === "archived";
}
