import Link from "next/link";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-muted/50 px-4 py-12">
      <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        <span aria-hidden className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">
          B
        </span>
        Brandsmith
      </Link>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
