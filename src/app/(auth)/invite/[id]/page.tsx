import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitation } from "@/components/invitations/accept-invitation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getSessionUser } from "@/server/auth/session";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await getServerCaller();
  const preview = await caller.invitations.preview({ invitationId: id }).catch((error: Error) => ({ error: error.message }));
  if ("error" in preview) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>This invitation can't be used</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Alert>{preview.error}</Alert>
          <Button asChild variant="outline">
            <Link href="/">Go to Brandsmith</Link>
          </Button>
        </CardContent>
      </Card>
    );
  }

  const user = await getSessionUser();
  const here = `/invite/${id}`;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Join {preview.tenantName}</CardTitle>
        <CardDescription>
          You were invited to join this workspace on Brandsmith. Sign in, or create an account, with the email address the invitation was sent to.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {preview.problem ? (
          <Alert>{preview.problem}</Alert>
        ) : user ? (
          <AcceptInvitation invitationId={id} signedInEmail={user.email} />
        ) : (
          <>
            <Button asChild>
              <Link href={`/sign-up?next=${encodeURIComponent(here)}`}>Create an account to accept</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>I already have an account</Link>
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  );
}
