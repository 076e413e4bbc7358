"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";

/** Search and filter the catalog. */
export function CatalogBrowser() {
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const [category, setCategory] = useState("");
  const [stock, setStock] = useState("");
  const list = useQuery(trpc.catalog.products.queryOptions({ q: q || undefined, category: category || undefined, inStock: stock === "" ? undefined : stock === "yes", limit: 100 }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Catalog {list.data && <span className="text-sm font-normal text-muted-foreground">({list.data.total.toLocaleString()} products)</span>}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div className="flex flex-wrap items-end gap-3 text-sm">
          <div className="grid min-w-60 flex-1 gap-1">
            <Label htmlFor="catalog-search">Search</Label>
            <Input id="catalog-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name, SKU or words in the description" />
          </div>
          <div className="grid gap-1">
            <Label htmlFor="catalog-category">Category</Label>
            <Select id="catalog-category" value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">All</option>
              {list.data?.categories.map((c) => (
                <option key={c.category} value={c.category}>
                  {c.category} ({c.n})
                </option>
              ))}
            </Select>
          </div>
          <div className="grid gap-1">
            <Label htmlFor="catalog-stock">Stock</Label>
            <Select id="catalog-stock" value={stock} onChange={(e) => setStock(e.target.value)}>
              <option value="">Any</option>
              <option value="yes">In stock</option>
              <option value="no">Out of stock</option>
            </Select>
          </div>
        </div>
        {list.error && <Alert>{list.error.message}</Alert>}
        {list.isPending && <Skeleton className="h-40" />}
        {list.data && list.data.total === 0 && <p className="text-sm text-muted-foreground">{q || category || stock ? "No products match." : "No products yet. Import a CSV above to fill the catalog."}</p>}
        {list.data && list.data.products.length > 0 && (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
          <table className="w-full text-sm" aria-label="Products">
            <thead className="text-left text-xs text-muted-foreground">
              <tr>
                <th className="p-2">SKU</th>
                <th className="p-2">Name</th>
                <th className="p-2">Category</th>
                <th className="p-2">Price</th>
                <th className="p-2">Stock</th>
              </tr>
            </thead>
            <tbody>
              {list.data.products.map((p) => (
                <tr key={p.id} className="border-t align-top">
                  <td className="p-2 font-mono text-xs">{p.sku}</td>
                  <td className="p-2">
                    <span className="font-medium">{p.name}</span>
                    {p.description && <span className="block max-w-xl truncate text-xs text-muted-foreground">{p.description}</span>}
                  </td>
                  <td className="p-2">{p.category || "—"}</td>
                  <td className="p-2 tabular-nums">{p.price === null ? "—" : `${p.price.toFixed(2)} ${p.currency}`.trim()}</td>
                  <td className="p-2">{p.inStock ? <Badge variant="success">In stock</Badge> : <Badge variant="outline">Out</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
