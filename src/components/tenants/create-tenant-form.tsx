"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { slugify, slugProblem } from "@/domain/tenant-slug";
import { useTRPC } from "@/lib/trpc/client";

export function CreateTenantForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const create = useMutation(
    trpc.tenant.create.mutationOptions({
      onSuccess: (tenant) => {
        router.push(`/t/${tenant.slug}`);
        router.refresh();
      },
    }),
  );
  const effectiveSlug = slugEdited ? slug : slugify(name);
  const slugIssue = effectiveSlug ? slugProblem(effectiveSlug) : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (slugIssue) return;
    create.mutate({ name, slug: effectiveSlug });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Create a workspace</CardTitle>
        <CardDescription>A workspace holds one company's brand, products, campaigns and its own model.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4">
          <div className="grid gap-2">
            <Label htmlFor="tenant-name">Company name</Label>
            <Input id="tenant-name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus maxLength={80} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="tenant-slug">Address</Label>
            <div className="flex items-center rounded-md border border-input bg-muted/40 pl-3 text-sm text-muted-foreground">
              /t/
              <Input
                id="tenant-slug"
                className="border-0 bg-transparent pl-0.5 shadow-none"
                value={effectiveSlug}
                onChange={(e) => {
                  setSlugEdited(true);
                  setSlug(e.target.value.toLowerCase());
                }}
                aria-invalid={!!slugIssue}
                aria-describedby="slug-hint"
                maxLength={40}
              />
            </div>
            <p id="slug-hint" className={slugIssue ? "text-sm text-destructive" : "text-xs text-muted-foreground"}>
              {slugIssue ?? "Lowercase letters, digits and hyphens. You'll see it in every link."}
            </p>
          </div>
          {create.error && <Alert>{create.error.message}</Alert>}
          <Button type="submit" disabled={create.isPending || !name.trim() || !!slugIssue}>
            {create.isPending ? "Creating…" : "Create workspace"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
