"use client";

import Link from "next/link";
import { createContext, useCallback, useContext, useEffect, useId, useRef, type ComponentProps, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * A menu button with no positioning or focus library, for the shell that
 * every page loads (Radix's menu cost about 30 KB gzip of first-load JS on
 * each route). The list opens in the browser's top layer through the Popover
 * API, so a scrolling sidebar cannot clip it and light dismiss (a click
 * outside, Escape) comes from the browser. The rest is the WAI-ARIA menu
 * button pattern: the first item takes focus, arrows/Home/End move between
 * items, Tab or a choice closes it, and focus goes back to the button.
 */

const CloseMenu = createContext<() => void>(() => {});

type Placement = "below" | "above";

export function Menu(props: {
  /** The button's content; `label` names it when the content is an icon. */
  trigger: ReactNode;
  label?: string;
  triggerClassName?: string;
  className?: string;
  /** Where the list opens; it flips when there is no room. */
  placement?: Placement;
  disabled?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const place = useCallback(() => {
    const [anchor, popup] = [button.current, list.current];
    if (!anchor || !popup) return;
    const rect = anchor.getBoundingClientRect();
    const gap = 4;
    const height = popup.offsetHeight;
    const width = popup.offsetWidth;
    const roomBelow = window.innerHeight - rect.bottom - gap >= height;
    const roomAbove = rect.top - gap >= height;
    const above = props.placement === "above" ? roomAbove || !roomBelow : !roomBelow && roomAbove;
    popup.style.top = `${Math.max(gap, above ? rect.top - gap - height : rect.bottom + gap)}px`;
    popup.style.left = `${Math.max(gap, Math.min(rect.left, window.innerWidth - width - gap))}px`;
  }, [props.placement]);

  const close = useCallback(() => {
    if (list.current?.matches(":popover-open")) list.current.hidePopover();
  }, []);

  useEffect(() => {
    const popup = list.current;
    if (!popup) return;
    const onToggle = (event: Event) => {
      const open = (event as ToggleEvent).newState === "open";
      button.current?.setAttribute("aria-expanded", String(open));
      if (open) {
        place();
        items(popup)[0]?.focus();
        window.addEventListener("resize", close);
        window.addEventListener("scroll", place, true);
      } else {
        window.removeEventListener("resize", close);
        window.removeEventListener("scroll", place, true);
        // Escape, a choice or Tab: focus goes back to the button unless it already moved on.
        if (!document.activeElement || document.activeElement === document.body || popup.contains(document.activeElement)) button.current?.focus();
      }
    };
    popup.addEventListener("toggle", onToggle);
    return () => {
      popup.removeEventListener("toggle", onToggle);
      window.removeEventListener("resize", close);
      window.removeEventListener("scroll", place, true);
    };
  }, [place, close]);

  function onListKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const all = items(event.currentTarget);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === "ArrowDown") go(at + 1);
    else if (event.key === "ArrowUp") go(at < 0 ? -1 : at - 1);
    else if (event.key === "Home") go(0);
    else if (event.key === "End") go(-1);
    else if (event.key === "Tab") {
      // Tab leaves the menu: from the button (not prevented), so focus moves on as if the menu had not been open.
      close();
      button.current?.focus();
      return;
    } else return;
    event.preventDefault();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    list.current?.showPopover();
    if (event.key === "ArrowUp") items(list.current!).at(-1)?.focus();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={false}
        aria-controls={id}
        aria-label={props.label}
        disabled={props.disabled}
        popoverTarget={id}
        onKeyDown={onButtonKeyDown}
        className={props.triggerClassName}
      >
        {props.trigger}
      </button>
      <div
        ref={list}
        id={id}
        popover="auto"
        role="menu"
        aria-label={props.label}
        onKeyDown={onListKeyDown}
        // The top layer's default is centred on the screen; place() puts it by the button.
        className={cn("fixed inset-auto m-0 min-w-[14rem] max-w-[calc(100vw-8px)] rounded-md border bg-card p-1 text-sm text-foreground shadow-md", props.className)}
      >
        <CloseMenu.Provider value={close}>{props.children}</CloseMenu.Provider>
      </div>
    </>
  );
}

function items(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')];
}

const ITEM = "flex w-full cursor-default select-none items-center gap-2 rounded-sm px-2 py-1.5 text-left outline-none hover:bg-accent focus-visible:bg-accent focus:bg-accent";

/** A menu entry that goes to a page. */
export function MenuLink({ className, onClick, ...props }: ComponentProps<typeof Link>) {
  const close = useContext(CloseMenu);
  return (
    <Link
      role="menuitem"
      tabIndex={-1}
      className={cn(ITEM, className)}
      onClick={(event) => {
        onClick?.(event);
        close();
      }}
      {...props}
    />
  );
}

/** A menu entry that does something here. */
export function MenuButton({ className, onClick, ...props }: ComponentProps<"button">) {
  const close = useContext(CloseMenu);
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={cn(ITEM, className)}
      onClick={(event) => {
        onClick?.(event);
        close();
      }}
      {...props}
    />
  );
}

export function MenuLabel({ className, ...props }: ComponentProps<"div">) {
  return <div role="presentation" className={cn("px-2 py-1.5 text-xs font-medium text-muted-foreground", className)} {...props} />;
}

export function MenuSeparator() {
  return <div role="separator" className="-mx-1 my-1 h-px bg-border" />;
}
