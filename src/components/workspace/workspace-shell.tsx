"use client";

import { Check, ChevronsUpDown, ClipboardCheck, Cpu, LayoutDashboard, ListChecks, LogOut, Megaphone, Package, Plus, ScrollText, Server, ShieldCheck, Users, UsersRound, Palette } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import type { ReactNode } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { NotificationBell } from "@/components/review/notification-bell";
import { ROLE_LABELS, type Role } from "@/domain/membership";
import { authClient } from "@/lib/auth-client";
import { cn } from "@/lib/utils";

interface TenantSummary {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

interface NavItem {
  href: string;
  label: string;
  icon: typeof Users;
  section?: string;
  /** Only these roles see the entry (everyone when absent). */
  roles?: readonly Role[];
}

/** Sidebar entries; each feature adds its own when it lands. */
const NAV: readonly NavItem[] = [
  { href: "", label: "Dashboard", icon: LayoutDashboard },
  { href: "/campaigns", label: "Campaigns", icon: Megaphone, section: "Create" },
  { href: "/review", label: "Review", icon: ClipboardCheck, section: "Create" },
  { href: "/products", label: "Products", icon: Package, section: "Data" },
  { href: "/audiences", label: "Audiences", icon: UsersRound, section: "Data" },
  { href: "/brand", label: "Brand", icon: Palette, section: "Brand" },
  { href: "/models", label: "Models", icon: Cpu, section: "Brand", roles: ["owner", "admin"] },
  { href: "/queue", label: "Queue", icon: ListChecks, section: "Operations", roles: ["owner", "admin"] },
  { href: "/settings/members", label: "Members", icon: Users, section: "Settings" },
  { href: "/settings/model-server", label: "Model server", icon: Server, section: "Settings", roles: ["owner", "admin"] },
  { href: "/settings/review", label: "Review & webhooks", icon: ShieldCheck, section: "Settings", roles: ["owner", "admin"] },
  { href: "/settings/audit", label: "Audit log", icon: ScrollText, section: "Settings", roles: ["owner", "admin"] },
];

export function WorkspaceShell(props: {
  tenant: TenantSummary;
  tenants: TenantSummary[];
  user: { name: string; email: string };
  children: ReactNode;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const base = `/t/${props.tenant.slug}`;
  const visibleNav = NAV.filter((item) => !item.roles || item.roles.includes(props.tenant.role));

  async function signOut() {
    await authClient.signOut();
    router.push("/sign-in");
    router.refresh();
  }

  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col border-r bg-muted/40">
        <DropdownMenu>
          <DropdownMenuTrigger
            className="m-3 flex items-center gap-2 rounded-md border bg-card px-2 py-2 text-left text-sm shadow-xs hover:bg-accent"
            aria-label="Switch workspace"
          >
            <span aria-hidden className="grid size-7 shrink-0 place-items-center rounded bg-primary text-xs font-semibold text-primary-foreground">
              {props.tenant.name.slice(0, 1).toUpperCase()}
            </span>
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{props.tenant.name}</span>
              <span className="block truncate text-xs text-muted-foreground">{ROLE_LABELS[props.tenant.role]}</span>
            </span>
            <ChevronsUpDown className="size-4 text-muted-foreground" />
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start">
            <DropdownMenuLabel>Workspaces</DropdownMenuLabel>
            {props.tenants.map((tenant) => (
              <DropdownMenuItem key={tenant.id} onSelect={() => router.push(`/t/${tenant.slug}`)}>
                <span className="flex-1 truncate">{tenant.name}</span>
                {tenant.id === props.tenant.id && <Check className="size-4" aria-label="current" />}
              </DropdownMenuItem>
            ))}
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => router.push("/workspaces/new")}>
              <Plus className="size-4" /> Create a workspace
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>

        <nav className="flex-1 px-3" aria-label="Workspace">
          {visibleNav.map((item, index) => {
            const href = base + item.href;
            const active = item.href === "" ? pathname === base : pathname.startsWith(href);
            const section = item.section;
            const showSection = section && visibleNav[index - 1]?.section !== section;
            return (
              <div key={item.href}>
                {showSection && <p className="mb-1 mt-4 px-2 text-xs font-medium uppercase tracking-wide text-muted-foreground">{section}</p>}
                <Link
                  href={href}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm",
                    active ? "bg-accent font-medium text-accent-foreground" : "text-foreground/80 hover:bg-accent/60",
                  )}
                >
                  <item.icon className="size-4" aria-hidden />
                  {item.label}
                </Link>
              </div>
            );
          })}
        </nav>

        <div className="flex items-center gap-2 border-t p-3">
          <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-full bg-secondary text-xs font-semibold">
            {initials(props.user.name)}
          </span>
          <span className="min-w-0 flex-1 text-sm">
            <span className="block truncate font-medium">{props.user.name}</span>
            <span className="block truncate text-xs text-muted-foreground">{props.user.email}</span>
          </span>
          <NotificationBell tenantSlug={props.tenant.slug} />
          <button onClick={signOut} className="rounded-md p-1.5 text-muted-foreground hover:bg-accent" aria-label="Sign out" title="Sign out">
            <LogOut className="size-4" />
          </button>
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-6">{props.children}</main>
    </div>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}
