import { redirect } from "next/navigation";
import { getSessionUser } from "@/server/auth/session";
import { getServerCaller } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

/** Sends people where they belong: sign-in, their first workspace, or creating one. */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const tenants = await (await getServerCaller()).tenant.mine();
  redirect(tenants[0] ? `/t/${tenants[0].slug}` : "/workspaces/new");
}
