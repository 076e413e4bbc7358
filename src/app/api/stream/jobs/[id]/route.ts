import { jobEventStream } from "@/server/http/job-events";
import { parseRouteInput, routeId } from "@/server/http/route-input";

export const dynamic = "force-dynamic";

/** Live events of one job (see server/http/job-events.ts). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteInput(routeId("job"), (await params).id);
  if (!id.ok) return id.response;
  return jobEventStream(req, [id.value]);
}
