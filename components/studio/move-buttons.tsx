import { Button } from "@/components/ui/button";

// Keyboard-accessible reordering: move up / move down, one swap per press.
export function MoveButtons({ action, courseId, itemId, what, first, last }: { action: (formData: FormData) => Promise<void>; courseId: string; itemId: string; what: string; first: boolean; last: boolean }) {
  return (
    <form action={action} className="flex gap-1">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="itemId" value={itemId} />
      <Button type="submit" name="direction" value="up" variant="ghost" size="sm" disabled={first} aria-label={`Move ${what} up`}>
        ↑
      </Button>
      <Button type="submit" name="direction" value="down" variant="ghost" size="sm" disabled={last} aria-label={`Move ${what} down`}>
        ↓
      </Button>
    </form>
  );
}
