import { Button } from "@/components/ui/button";

// Deleting asks first: the button opens a disclosure with the real (destructive)
// submit button, which works with the keyboard and without JavaScript.
export function ConfirmDelete({ action, fields, what }: { action: (formData: FormData) => Promise<void>; fields: Record<string, string>; what: string }) {
  return (
    <details className="group relative">
      <summary className="cursor-pointer list-none rounded-lg px-2 py-1 text-sm font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-red-700">
        Delete<span className="sr-only"> {what}</span>
      </summary>
      <form action={action} className="absolute right-0 z-10 mt-1 w-64 space-y-2 rounded-lg border border-red-200 bg-white p-3 text-sm shadow-lg">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p>Delete {what}? This cannot be undone.</p>
        <Button type="submit" variant="danger" size="sm">
          Yes, delete {what}
        </Button>
      </form>
    </details>
  );
}
