"use client";

import { Check, ChevronsUpDown, ClipboardCheck, Cpu, LayoutDashboard, ListChecks, LogOut, Megaphone, Menu, Package, Plus, ScrollText, Server, ShieldCheck, Users, UsersRound, Palette, X } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Menu as MenuList, MenuLabel, MenuLink, MenuSeparator } from "@/components/ui/menu";
import { NotificationBell } from "@/components/review/notification-bell";
import { DatabaseBanner } from "./database-banner";
import { ROLE_LABELS, type Role } from "@/domain/membership";
import { signOut as endSession } from "@/lib/sign-out";
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
    await endSession();
    router.push("/sign-in");
    router.refresh();
  }

  // Below 768 px the sidebar is a drawer behind the menu button.
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawer = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to the menu button once the drawer is closed (not before: the header is inert while it is open).
  const returnFocus = useRef(false);
  const closeDrawer = () => {
    returnFocus.current = true;
    setDrawerOpen(false);
  };
  // A followed link closes it; so does growing past the phone layout (where the sidebar is always shown).
  useEffect(() => setDrawerOpen(false), [pathname]);
  useEffect(() => {
    const wide = window.matchMedia("(min-width: 768px)");
    const onChange = () => wide.matches && setDrawerOpen(false);
    wide.addEventListener("change", onChange);
    return () => wide.removeEventListener("change", onChange);
  }, []);
  useEffect(() => {
    if (drawerOpen) drawer.current?.querySelector<HTMLElement>("a, button")?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      menuButton.current?.focus();
    }
  }, [drawerOpen]);
  /** Escape closes the drawer; Tab stays inside it while it is open. */
  function onDrawerKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!drawerOpen) return;
    if (event.key === "Escape") {
      event.preventDefault();
      closeDrawer();
      return;
    }
    if (event.key !== "Tab") return;
    const focusable = [...(drawer.current?.querySelectorAll<HTMLElement>("a[href], button:not([disabled])") ?? [])];
    const [first, last] = [focusable[0], focusable.at(-1)];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <header className="sticky top-0 z-30 flex items-center gap-2 border-b bg-background px-3 py-2 md:hidden" inert={drawerOpen || undefined}>
        <button
          ref={menuButton}
          onClick={() => setDrawerOpen(true)}
          className="rounded-md p-2 hover:bg-accent"
          aria-label="Open navigation"
          aria-expanded={drawerOpen}
          aria-controls="workspace-navigation"
        >
          <Menu className="size-5" />
        </button>
        <span className="min-w-0 flex-1 truncate text-sm font-medium">{props.tenant.name}</span>
        <NotificationBell tenantSlug={props.tenant.slug} />
      </header>
      {drawerOpen && <div className="fixed inset-0 z-40 bg-black/40 md:hidden" aria-hidden onClick={closeDrawer} />}
      <aside
        id="workspace-navigation"
        ref={drawer}
        onKeyDown={onDrawerKeyDown}
        aria-label="Workspace menu"
        {...(drawerOpen ? { role: "dialog", "aria-modal": true } : {})}
        className={cn(
          "fixed inset-y-0 left-0 z-50 flex w-64 shrink-0 flex-col overflow-y-auto border-r bg-muted transition-transform md:static md:z-auto md:w-60 md:translate-x-0 md:bg-muted/40",
          drawerOpen ? "translate-x-0" : "invisible -translate-x-full md:visible",
        )}
      >
        <button onClick={closeDrawer} className="absolute right-2 top-2 rounded-md p-1.5 text-muted-foreground hover:bg-accent md:hidden" aria-label="Close navigation">
          <X className="size-4" />
        </button>
        <MenuList
          triggerClassName="m-3 mr-10 flex items-center gap-2 rounded-md border bg-card px-2 py-2 text-left text-sm shadow-xs hover:bg-accent md:mr-3"
          trigger={
            <>
              {/* Named by what it shows plus what it does (an aria-label would hide the visible name from speech input). */}
              <span className="sr-only">Switch workspace:</span>
              <span aria-hidden className="grid size-7 shrink-0 place-items-center rounded bg-primary text-xs font-semibold text-primary-foreground">
                {props.tenant.name.slice(0, 1).toUpperCase()}
              </span>
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{props.tenant.name}</span>
                <span className="block truncate text-xs text-muted-foreground">{ROLE_LABELS[props.tenant.role]}</span>
              </span>
              <ChevronsUpDown className="size-4 text-muted-foreground" />
            </>
          }
        >
          <MenuLabel>Workspaces</MenuLabel>
          {props.tenants.map((tenant) => (
            <MenuLink key={tenant.id} href={`/t/${tenant.slug}`} aria-current={tenant.id === props.tenant.id ? "page" : undefined}>
              <span className="flex-1 truncate">{tenant.name}</span>
              {tenant.id === props.tenant.id && <Check className="size-4" aria-label="current" />}
            </MenuLink>
          ))}
          <MenuSeparator />
          <MenuLink href="/workspaces/new">
            <Plus className="size-4" /> Create a workspace
          </MenuLink>
        </MenuList>

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
          <NotificationBell tenantSlug={props.tenant.slug} placement="above" />
          <button onClick={signOut} className="rounded-md p-1.5 text-muted-foreground hover:bg-accent" aria-label="Sign out" title="Sign out">
            <LogOut className="size-4" />
          </button>
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-4 py-4 md:px-8 md:py-6" inert={drawerOpen || undefined}>
        <DatabaseBanner />
        {props.children}
      </main>
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
