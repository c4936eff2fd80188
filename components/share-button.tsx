"use client";

import { useState } from "react";
import { Button } from "./ui/button";
import { Dialog } from "./ui/dialog";
import { Input } from "./ui/input";
import { useToast } from "./ui/toast";

export function ShareButton({ url, title }: { url: string; title: string }) {
  const [open, setOpen] = useState(false);
  const toast = useToast();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      toast.show("Link copied", "success");
      setOpen(false);
    } catch {
      toast.show("Could not copy — select the link and copy it yourself", "error");
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Share
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Share this course" description={title}>
        <div className="flex gap-2">
          <label htmlFor="share-url" className="sr-only">
            Course link
          </label>
          <Input id="share-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <Button onClick={copy}>Copy</Button>
        </div>
      </Dialog>
    </>
  );
}
