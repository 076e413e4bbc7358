"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

type Cause = "checking" | "database" | "server" | "other";

/**
 * A page that could not be rendered. In production Next.js hides the
 * server's error from the browser, so the page asks /api/health what is
 * wrong: when the database (or the server) is down it says so and tries
 * again every few seconds, rendering the page as soon as it is back (saved
 * work is in the database, and the workers wait for it too); otherwise it
 * offers a retry.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [cause, setCause] = useState<Cause>("checking");
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  useEffect(() => {
    let stopped = false;
    let wasDown = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function check() {
      const database = await fetch("/api/health", { cache: "no-store" })
        .then(async (response) => ((await response.json()) as { db?: { status?: string } }).db?.status ?? "unknown")
        .catch(() => "unreachable");
      if (stopped) return;
      if (database === "ok") {
        if (wasDown) retry();
        else setCause("other");
        return;
      }
      wasDown = true;
      setCause(database === "unreachable" ? "server" : "database");
      timer = setTimeout(() => void check(), 3_000);
    }
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // Once per error; the loop above runs while something is down.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <Card className="w-full max-w-md">
        {cause === "database" || cause === "server" ? (
          <CardHeader>
            <CardTitle>{cause === "database" ? "The database is unavailable" : "Brandsmith is not answering"}</CardTitle>
            <CardDescription role="status">
              {cause === "database" ? "Brandsmith cannot reach its database right now, usually because it is restarting." : "The server did not answer, usually because it is restarting."}{" "}
              Retrying every few seconds; this page comes back by itself. Nothing you saved is lost.
            </CardDescription>
          </CardHeader>
        ) : (
          <>
            <CardHeader>
              <CardTitle>This page could not be loaded</CardTitle>
              <CardDescription>{cause === "checking" ? "Checking what went wrong…" : "Something went wrong on the server. Try again; if it keeps happening, tell your administrator."}</CardDescription>
            </CardHeader>
            <CardContent>
              <Button onClick={retry}>Try again</Button>
            </CardContent>
          </>
        )}
      </Card>
    </main>
  );
}
