"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "@/domain/membership";
import { emailProblem } from "@/domain/password";
import { useTRPC } from "@/lib/trpc/client";
import { CopyButton } from "./copy-button";

export function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("marketer");
  const [emailIssue, setEmailIssue] = useState<string | null>(null);
  const invite = useMutation(
    trpc.members.invite.mutationOptions({
      onSuccess: async () => {
        setEmail("");
        await queryClient.invalidateQueries({ queryKey: trpc.members.invitations.queryKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.tenant.dashboard.queryKey() });
      },
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const issue = emailProblem(email);
    setEmailIssue(issue);
    if (!issue) invite.mutate({ email, role });
  }

  const result = invite.data;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Invite someone</CardTitle>
        <CardDescription>They get a link that works for 7 days, for the email address you enter.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
          <div className="grid min-w-64 flex-1 gap-2">
            <Label htmlFor="invite-email">Email</Label>
            <Input
              id="invite-email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              placeholder="name@company.com"
              aria-invalid={!!emailIssue}
            />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="invite-role">Role</Label>
            <Select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" disabled={invite.isPending}>
            {invite.isPending ? "Inviting…" : "Create invitation"}
          </Button>
        </form>
        <p className="text-xs text-muted-foreground">{ROLE_DESCRIPTIONS[role]}</p>
        {emailIssue && <Alert>{emailIssue}</Alert>}
        {invite.error && <Alert>{invite.error.message}</Alert>}
        {result && (
          <Alert tone="success" className="grid gap-2">
            <p>
              Invitation for <strong>{result.email}</strong> as {ROLE_LABELS[result.role].toLowerCase()} is ready.{" "}
              {result.emailJobId
                ? "We are emailing it to them (retried if the mail server is down); you can also share the link. Before joining they confirm the address is theirs."
                : "Email is not set up on this server, so share this link with them. Without email, the link itself is the key: whoever opens it can create an account with that address and join, so send it to them privately. It works once, for 7 days."}
            </p>
            <div className="flex items-center gap-2">
              <code className="min-w-0 flex-1 truncate rounded bg-card px-2 py-1 text-xs" data-testid="invite-link">
                {result.link}
              </code>
              <CopyButton text={result.link} />
            </div>
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
