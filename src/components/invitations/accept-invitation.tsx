"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import { useTRPC } from "@/lib/trpc/client";

/**
 * Accepting as the signed-in person: only an account with the invited
 * address can, and (when email is configured) only once that address is
 * confirmed — the confirmation link comes back to this page.
 */
export function AcceptInvitation(props: { invitationId: string; signedInEmail: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const me = useQuery(trpc.invitations.forMe.queryOptions({ invitationId: props.invitationId }));
  const [sent, setSent] = useState<"idle" | "sending" | "sent" | string>("idle");
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: (result) => {
        router.push(`/t/${result.tenantSlug}`);
        router.refresh();
      },
    }),
  );

  async function switchAccount() {
    await authClient.signOut();
    router.push(`/sign-in?next=${encodeURIComponent(`/invite/${props.invitationId}`)}`);
    router.refresh();
  }

  async function sendConfirmation() {
    setSent("sending");
    const result = await authClient.sendVerificationEmail({ email: props.signedInEmail, callbackURL: `/invite/${props.invitationId}` });
    setSent(result.error ? (result.error.message ?? "The confirmation email could not be sent. Try again in a minute.") : "sent");
  }

  if (me.error) return <Alert>{me.error.message}</Alert>;
  if (!me.data) return <p className="text-sm text-muted-foreground">Checking the invitation…</p>;
  if (!me.data.forThisAccount) {
    return (
      <>
        <Alert>
          You are signed in as {props.signedInEmail}, but this invitation was sent to another address. Sign in with the address it was sent to, then open the
          link again.
        </Alert>
        <Button onClick={switchAccount}>Sign in with another account</Button>
      </>
    );
  }
  if (me.data.mustConfirmEmail) {
    return (
      <>
        <Alert tone="info">
          Confirm that {props.signedInEmail} is yours before you join: we email you a link that brings you back here.
        </Alert>
        {sent === "sent" ? (
          <Alert tone="success">Sent. Open the email to {props.signedInEmail} and click the link; then accept here.</Alert>
        ) : sent !== "idle" && sent !== "sending" ? (
          <Alert>{sent}</Alert>
        ) : null}
        <Button onClick={sendConfirmation} disabled={sent === "sending"}>
          {sent === "sending" ? "Sending…" : sent === "sent" ? "Send the link again" : "Send me a confirmation link"}
        </Button>
      </>
    );
  }
  return (
    <>
      {accept.error && <Alert>{accept.error.message}</Alert>}
      <Button onClick={() => accept.mutate({ invitationId: props.invitationId })} disabled={accept.isPending || accept.isSuccess}>
        {accept.isPending || accept.isSuccess ? "Joining…" : "Accept invitation"}
      </Button>
    </>
  );
}
