import { getAuth } from "@/server/auth/auth";
import { withClientAddress } from "@/server/auth/client-address";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => getAuth().handler(withClientAddress(req));
export const POST = (req: Request) => getAuth().handler(withClientAddress(req));
