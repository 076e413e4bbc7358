import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export default function TenantNotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center bg-muted/50 px-4">
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle>Workspace not found</CardTitle>
          <CardDescription>
            There is no workspace at this address that you are a member of. If someone invited you, open the link from their
            invitation.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex gap-2">
          <Button asChild>
            <Link href="/">Go to my workspaces</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/workspaces/new">Create a workspace</Link>
          </Button>
        </CardContent>
      </Card>
    </main>
  );
}
