import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitation } from "@/components/invitations/accept-invitation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, isRole } from "@/domain/membership";
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
  const role = preview.role && isRole(preview.role) ? preview.role : "marketer";
  const here = `/invite/${id}`;
  const emailParam = encodeURIComponent(preview.email);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Join {preview.tenantName}</CardTitle>
        <CardDescription>
          {preview.inviterName ?? "An admin"} invited <strong>{preview.email}</strong> to join as{" "}
          <strong>{ROLE_LABELS[role].toLowerCase()}</strong>. {ROLE_DESCRIPTIONS[role]}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {preview.problem ? (
          <Alert>{preview.problem}</Alert>
        ) : user ? (
          <AcceptInvitation invitationId={id} invitedEmail={preview.email} signedInEmail={user.email} />
        ) : (
          <>
            <Button asChild>
              <Link href={`/sign-up?next=${encodeURIComponent(here)}&email=${emailParam}`}>Create an account to accept</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/sign-in?next=${encodeURIComponent(here)}&email=${emailParam}`}>I already have an account</Link>
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  );
}
