import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center bg-muted/50 px-4">
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle>Not found</CardTitle>
          <CardDescription>
            There is nothing at this address that you can open. If it is a workspace, you are not a member of it: if someone
            invited you, open the link from their invitation.
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
