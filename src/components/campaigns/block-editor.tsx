"use client";

import { ArrowDown, ArrowUp, Trash2, Wand2 } from "lucide-react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Menu, MenuButton, MenuLabel } from "@/components/ui/menu";
import { Input, Label } from "@/components/ui/input";
import type { EmailBlock } from "@/domain/email/content";
import { cn } from "@/lib/utils";

export const BLOCK_LABELS: Record<EmailBlock["type"], string> = { heading: "Heading", paragraph: "Paragraph", bullets: "List", product: "Product card", button: "Button" };

export const REWRITE_LABELS = { shorter: "Shorter", longer: "Longer", more_formal: "More formal", more_playful: "More playful" } as const;
export type RewriteStyle = keyof typeof REWRITE_LABELS;

const area = "w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-xs disabled:opacity-60";

/** One block of the email: its fields, its place, and "rewrite this block". */
export function BlockEditor(props: {
  block: EmailBlock;
  index: number;
  count: number;
  disabled: boolean;
  rewriting: boolean;
  onChange: (block: EmailBlock) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onRewrite: (style: RewriteStyle) => void;
}) {
  const { block, index, disabled } = props;
  const id = (field: string) => `block-${index}-${field}`;
  return (
    <div className={cn("grid gap-2 rounded-md border bg-card p-3", props.rewriting && "animate-pulse")} role="group" aria-label={`Block ${index + 1}: ${BLOCK_LABELS[block.type]}`} data-testid={`block-${index}`}>
      <div className="flex items-center gap-1">
        <span className="text-xs font-semibold uppercase text-muted-foreground">{BLOCK_LABELS[block.type]}</span>
        {!disabled && (
          <div className="ml-auto flex items-center gap-1">
            {block.type !== "button" && (
              <Menu
                label={`Rewrite block ${index + 1}`}
                disabled={props.rewriting}
                triggerClassName={buttonVariants({ size: "sm", variant: "ghost" })}
                trigger={
                  <>
                    <Wand2 /> {props.rewriting ? "Rewriting…" : "Rewrite"}
                  </>
                }
              >
                <MenuLabel>Rewrite with your model</MenuLabel>
                {(Object.keys(REWRITE_LABELS) as RewriteStyle[]).map((style) => (
                  <MenuButton key={style} onClick={() => props.onRewrite(style)}>
                    {REWRITE_LABELS[style]}
                  </MenuButton>
                ))}
              </Menu>
            )}
            <Button type="button" size="icon" variant="ghost" aria-label={`Move block ${index + 1} up`} disabled={index === 0} onClick={() => props.onMove(-1)}>
              <ArrowUp />
            </Button>
            <Button type="button" size="icon" variant="ghost" aria-label={`Move block ${index + 1} down`} disabled={index === props.count - 1} onClick={() => props.onMove(1)}>
              <ArrowDown />
            </Button>
            <Button type="button" size="icon" variant="ghost" aria-label={`Remove block ${index + 1}`} disabled={props.count === 1} onClick={props.onRemove}>
              <Trash2 />
            </Button>
          </div>
        )}
      </div>
      {block.type === "heading" && (
        <Input aria-label={`Block ${index + 1} heading`} value={block.text} disabled={disabled} onChange={(e) => props.onChange({ ...block, text: e.target.value })} className="font-semibold" />
      )}
      {block.type === "paragraph" && (
        <textarea aria-label={`Block ${index + 1} paragraph`} className={cn(area, "min-h-24")} value={block.text} disabled={disabled} onChange={(e) => props.onChange({ ...block, text: e.target.value })} />
      )}
      {block.type === "bullets" && (
        <>
          <textarea
            aria-label={`Block ${index + 1} list, one item per line`}
            className={cn(area, "min-h-20")}
            value={block.items.join("\n")}
            disabled={disabled}
            onChange={(e) => props.onChange({ ...block, items: e.target.value.split("\n") })}
          />
          <p className="text-xs text-muted-foreground">One item per line.</p>
        </>
      )}
      {block.type === "product" && (
        <div className="grid gap-2 sm:grid-cols-2">
          <div className="grid gap-1">
            <Label htmlFor={id("name")}>Name</Label>
            <Input id={id("name")} value={block.name} disabled={disabled} onChange={(e) => props.onChange({ ...block, name: e.target.value })} />
          </div>
          <div className="grid gap-1">
            <Label htmlFor={id("price")}>Price</Label>
            <Input id={id("price")} value={block.price} disabled={disabled} onChange={(e) => props.onChange({ ...block, price: e.target.value })} />
          </div>
          <div className="grid gap-1 sm:col-span-2">
            <Label htmlFor={id("blurb")}>Blurb</Label>
            <textarea id={id("blurb")} className={cn(area, "min-h-16")} value={block.blurb} disabled={disabled} onChange={(e) => props.onChange({ ...block, blurb: e.target.value })} />
          </div>
          <div className="grid gap-1">
            <Label htmlFor={id("url")}>Link</Label>
            <Input id={id("url")} value={block.url} placeholder="https://" disabled={disabled} onChange={(e) => props.onChange({ ...block, url: e.target.value })} />
          </div>
          <div className="grid gap-1">
            <Label htmlFor={id("image")}>Image link</Label>
            <Input id={id("image")} value={block.imageUrl} placeholder="https://" disabled={disabled} onChange={(e) => props.onChange({ ...block, imageUrl: e.target.value })} />
          </div>
        </div>
      )}
      {block.type === "button" && (
        <div className="grid gap-2 sm:grid-cols-2">
          <Input aria-label={`Block ${index + 1} button text`} value={block.text} disabled={disabled} onChange={(e) => props.onChange({ ...block, text: e.target.value })} />
          <Input aria-label={`Block ${index + 1} button link`} value={block.url} placeholder="https://" disabled={disabled} onChange={(e) => props.onChange({ ...block, url: e.target.value })} />
        </div>
      )}
    </div>
  );
}

export function emptyBlock(type: EmailBlock["type"]): EmailBlock {
  switch (type) {
    case "heading":
      return { type, text: "" };
    case "paragraph":
      return { type, text: "" };
    case "bullets":
      return { type, items: [""] };
    case "product":
      return { type, name: "", blurb: "", price: "", url: "", imageUrl: "" };
    case "button":
      return { type, text: "", url: "" };
  }
}
