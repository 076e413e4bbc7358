"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import { useTRPC } from "@/lib/trpc/client";

export function AcceptInvitation(props: { invitationId: string; invitedEmail: string; signedInEmail: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: (result) => {
        router.push(`/t/${result.tenantSlug}`);
        router.refresh();
      },
    }),
  );
  const sameAccount = props.invitedEmail.toLowerCase() === props.signedInEmail.toLowerCase();

  async function switchAccount() {
    await authClient.signOut();
    router.push(`/sign-in?next=${encodeURIComponent(`/invite/${props.invitationId}`)}&email=${encodeURIComponent(props.invitedEmail)}`);
    router.refresh();
  }

  if (!sameAccount) {
    return (
      <>
        <Alert>
          You are signed in as {props.signedInEmail}. This invitation is for {props.invitedEmail}; sign in with that address to
          accept it.
        </Alert>
        <Button onClick={switchAccount}>Sign in as {props.invitedEmail}</Button>
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
