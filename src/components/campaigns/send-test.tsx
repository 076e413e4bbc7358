"use client";

import { useMutation } from "@tanstack/react-query";
import { Mail } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";

/** "Send a test": the saved revision, as it will be exported, to you or up to five addresses. */
export function SendTest({ draftId, myEmail, dirty }: { draftId: string; myEmail: string; dirty: boolean }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [addresses, setAddresses] = useState(myEmail);
  const send = useMutation(trpc.drafts.sendTest.mutationOptions());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    send.mutate({ draftId, to: addresses.split(/[\s,;]+/).filter(Boolean) });
  }

  if (!open) {
    return (
      <Button variant="outline" onClick={() => setOpen(true)}>
        <Mail /> Send a test
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} className="grid w-full gap-2 rounded-md border bg-card p-3 sm:w-96" aria-label="Send a test email">
      <Label htmlFor="test-recipients">Send the saved revision to (up to 5, separated by commas)</Label>
      <Input id="test-recipients" value={addresses} onChange={(e) => setAddresses(e.target.value)} autoFocus />
      {dirty && <p className="text-xs text-muted-foreground">Unsaved changes are not in the test: save the revision first to include them.</p>}
      {send.error && <Alert>{send.error.message}</Alert>}
      {send.data && <Alert tone="success">Sending to {send.data.to.join(", ")} (revision {send.data.revision}). It arrives marked [Test].</Alert>}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={send.isPending}>
          {send.isPending ? "Queuing…" : "Send"}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Close
        </Button>
      </div>
    </form>
  );
}
