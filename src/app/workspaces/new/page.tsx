import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateTenantForm } from "@/components/tenants/create-tenant-form";
import { getSessionUser } from "@/server/auth/session";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Create a workspace" };
export const dynamic = "force-dynamic";

export default async function NewWorkspacePage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?next=/workspaces/new");
  const tenants = await (await getServerCaller()).tenant.mine();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-muted/50 px-4 py-12">
      <div className="w-full max-w-md">
        <CreateTenantForm />
        {tenants.length > 0 && (
          <p className="mt-4 text-center text-sm text-muted-foreground">
            Or go back to{" "}
            {tenants.map((tenant, index) => (
              <span key={tenant.id}>
                {index > 0 && ", "}
                <Link className="font-medium text-primary hover:underline" href={`/t/${tenant.slug}`}>
                  {tenant.name}
                </Link>
              </span>
            ))}
          </p>
        )}
      </div>
    </main>
  );
}
