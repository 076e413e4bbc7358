"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { emailProblem, MIN_PASSWORD_LENGTH, passwordProblem } from "@/domain/password";
import { authClient } from "@/lib/auth-client";
import { credentialErrorMessage } from "./auth-error";

type Field = "name" | "email" | "password";

export function SignUpForm({ next, email: initialEmail }: { next: string; email?: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name")).trim();
    const email = String(form.get("email")).trim();
    const password = String(form.get("password"));
    const problems: Partial<Record<Field, string>> = {};
    if (name.length < 2) problems.name = "Enter your name as your team will see it.";
    const emailIssue = emailProblem(email);
    if (emailIssue) problems.email = emailIssue;
    const passwordIssue = passwordProblem(password, email);
    if (passwordIssue) problems.password = passwordIssue;
    setFieldErrors(problems);
    setError(null);
    if (Object.keys(problems).length > 0) return;

    setPending(true);
    const { error } = await authClient.signUp.email({ name, email, password });
    if (error) {
      setError(credentialErrorMessage(error));
      setPending(false);
      return;
    }
    router.replace(next);
    router.refresh();
  }

  const fieldError = (field: Field) =>
    fieldErrors[field] ? (
      <p id={`${field}-error`} className="text-sm text-destructive">
        {fieldErrors[field]}
      </p>
    ) : null;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Create your account</CardTitle>
        <CardDescription>Then create a workspace for your company, or accept an invitation.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          <div className="grid gap-2">
            <Label htmlFor="name">Your name</Label>
            <Input id="name" name="name" autoComplete="name" required autoFocus aria-invalid={!!fieldErrors.name} aria-describedby="name-error" />
            {fieldError("name")}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="email">Work email</Label>
            <Input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              defaultValue={initialEmail}
              required
              aria-invalid={!!fieldErrors.email}
              aria-describedby="email-error"
            />
            {fieldError("email")}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="password">Password</Label>
            <Input
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              aria-invalid={!!fieldErrors.password}
              aria-describedby="password-error password-hint"
            />
            {fieldError("password") ?? (
              <p id="password-hint" className="text-xs text-muted-foreground">
                At least {MIN_PASSWORD_LENGTH} characters. A short sentence works well.
              </p>
            )}
          </div>
          {error && <Alert>{error}</Alert>}
          <Button type="submit" disabled={pending}>
            {pending ? "Creating account…" : "Create account"}
          </Button>
          <p className="text-center text-sm text-muted-foreground">
            Already have an account?{" "}
            <Link className="font-medium text-primary hover:underline" href={`/sign-in?next=${encodeURIComponent(next)}`}>
              Sign in
            </Link>
          </p>
        </form>
      </CardContent>
    </Card>
  );
}
