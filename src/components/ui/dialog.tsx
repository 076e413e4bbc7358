"use client";

import { cloneElement, createContext, useContext, useEffect, useId, useRef, type ComponentProps, type MouseEvent, type ReactElement, type ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * Modal dialogs on the browser's own `<dialog>`: `showModal()` puts it in the
 * top layer, makes the rest of the page inert (so focus cannot leave), closes
 * on Escape and gives focus back to what had it. Radix's dialog did the same
 * in about 11 KB gzip of JavaScript on every page that had one. Controlled
 * only, as every dialog here is: `open` and `onOpenChange`.
 */

interface DialogState {
  open: boolean;
  close: () => void;
  titleId: string;
  descriptionId: string;
}

const State = createContext<DialogState | null>(null);

function useDialog(): DialogState {
  const state = useContext(State);
  if (!state) throw new Error("Dialog parts go inside <Dialog>.");
  return state;
}

export function Dialog(props: { open: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }) {
  const id = useId();
  const state: DialogState = { open: props.open, close: () => props.onOpenChange(false), titleId: `${id}-title`, descriptionId: `${id}-description` };
  return <State.Provider value={state}>{props.children}</State.Provider>;
}

export function DialogContent({ className, children }: { className?: string; children: ReactNode }) {
  const { open, close, titleId, descriptionId } = useDialog();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // Described only when it has a description.
      if (document.getElementById(descriptionId)) element.setAttribute("aria-describedby", descriptionId);
      else element.removeAttribute("aria-describedby");
    } else if (!open && element.open) element.close();
  }, [open, descriptionId]);
  // A click on the backdrop lands on the <dialog> itself, outside its box; it closes the dialog like Escape.
  function onClick(event: MouseEvent<HTMLDialogElement>) {
    if (event.target !== event.currentTarget) return;
    const box = event.currentTarget.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) close();
  }
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      // Escape closes the element itself; the owner's state follows.
      onClose={() => open && close()}
      onClick={onClick}
      className={cn(
        "w-full max-w-md gap-4 rounded-lg border bg-card p-6 text-card-foreground shadow-lg backdrop:bg-black/40 open:grid max-sm:max-w-[calc(100vw-2rem)]",
        className,
      )}
    >
      {/* Like Radix, what is inside starts afresh each time it opens. */}
      {open && children}
    </dialog>
  );
}

export function DialogTitle({ className, ...props }: ComponentProps<"h2">) {
  return <h2 id={useDialog().titleId} className={cn("text-lg font-semibold", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<"p">) {
  return <p id={useDialog().descriptionId} className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/** Closes the dialog when its one child (a button) is clicked, after the child's own onClick. */
export function DialogClose({ children }: { asChild?: boolean; children: ReactElement<{ onClick?: (event: MouseEvent) => void }> }) {
  const { close } = useDialog();
  return cloneElement(children, {
    onClick: (event: MouseEvent) => {
      children.props.onClick?.(event);
      close();
    },
  });
}
