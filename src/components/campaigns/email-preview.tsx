"use client";

import { Monitor, Moon, Smartphone, Type } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/utils";
import { onRovingKeyDown } from "@/components/ui/roving";

const VIEWS = [
  { id: "desktop", label: "Desktop", icon: Monitor, width: 680 },
  { id: "mobile", label: "Mobile", icon: Smartphone, width: 375 },
  { id: "dark", label: "Dark mode", icon: Moon, width: 680 },
  { id: "text", label: "Plain text", icon: Type, width: 680 },
] as const;
type View = (typeof VIEWS)[number]["id"];

/**
 * The rendered email in a sandboxed iframe (no scripts, no same-origin
 * access: whatever the HTML holds cannot touch the app), at desktop and
 * mobile widths, in dark mode, or as its plain-text part.
 */
export function EmailPreview({ html, darkHtml, text, subject, preheader, stale }: { html: string; darkHtml: string; text: string; subject: string; preheader: string; stale?: boolean }) {
  const [view, setView] = useState<View>("desktop");
  const current = VIEWS.find((v) => v.id === view)!;
  // The frame keeps its true width (a desktop email is 600 px wide); a narrower column shows it scaled down.
  const box = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState<number | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setAvailable(entry!.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [view]);
  const scale = available ? Math.min(1, available / current.width) : 1;
  const height = 720;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-3">
      <div role="tablist" aria-label="Preview" className="flex flex-wrap gap-1" onKeyDown={(event) => onRovingKeyDown(event, VIEWS.map((v) => v.id), view, setView)}>
        {VIEWS.map((v) => (
          <button
            key={v.id}
            role="tab"
            aria-selected={view === v.id}
            tabIndex={view === v.id ? 0 : -1}
            onClick={() => setView(v.id)}
            className={cn("inline-flex items-center gap-1.5 rounded-md px-2.5 py-1 text-sm", view === v.id ? "bg-primary text-primary-foreground" : "bg-muted hover:bg-accent")}
          >
            <v.icon className="size-4" aria-hidden /> {v.label}
          </button>
        ))}
        {stale && <span className="ml-auto self-center text-xs text-muted-foreground">Updating…</span>}
      </div>
      <div className="rounded-md border bg-muted/30 p-3 text-sm">
        <p className="truncate font-semibold" data-testid="preview-subject">
          {subject || "(no subject)"}
        </p>
        <p className="truncate text-muted-foreground">{preheader || "(no preheader)"}</p>
      </div>
      {view === "text" ? (
        <pre className="max-h-[720px] overflow-auto whitespace-pre-wrap rounded-md border bg-card p-4 text-sm" data-testid="preview-text">
          {text}
        </pre>
      ) : (
        // The frame is positioned absolutely so its true width never widens the page; the box takes the column's width.
        <div ref={box} className="relative overflow-hidden rounded-md border bg-muted/40" style={{ height: height * scale + 16 }}>
          <iframe
            title={`Email preview, ${current.label.toLowerCase()}`}
            sandbox=""
            srcDoc={view === "dark" ? darkHtml : html}
            className="absolute top-2 left-1/2 rounded bg-white shadow-sm"
            style={{ width: current.width, height, transform: `translateX(-50%) scale(${scale})`, transformOrigin: "top center" }}
            data-testid="preview-frame"
          />
        </div>
      )}
    </div>
  );
}
