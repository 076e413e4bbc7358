import * as React from "react";
import { cn } from "@/lib/utils";

/** An inline message; `role="alert"` for errors so screen readers announce them. */
export function Alert({
  tone = "error",
  className,
  ...props
}: React.HTMLAttributes<HTMLDivElement> & { tone?: "error" | "info" | "success" }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn(
        "rounded-md border px-3 py-2 text-sm",
        tone === "error" && "border-destructive/30 bg-destructive/5 text-destructive",
        tone === "info" && "border-primary/20 bg-primary/5 text-foreground",
        tone === "success" && "border-success/30 bg-success/10 text-foreground",
        className,
      )}
      {...props}
    />
  );
}
