import { z } from "zod";
import { jobEventStream, MAX_STREAMED_JOBS } from "@/server/http/job-events";
import { parseRouteInput, routeId } from "@/server/http/route-input";

export const dynamic = "force-dynamic";

/**
 * Live events of several jobs on one connection (`?ids=a,b,c`): a page that
 * follows ten variants would otherwise need ten of the browser's six
 * connections per host.
 */
export async function GET(req: Request) {
  const ids = [...new Set((new URL(req.url).searchParams.get("ids") ?? "").split(",").filter(Boolean))];
  if (ids.length === 0) return Response.json({ error: "Name the jobs to follow with ?ids=." }, { status: 400 });
  if (ids.length > MAX_STREAMED_JOBS) return Response.json({ error: `Follow at most ${MAX_STREAMED_JOBS} jobs on one stream.` }, { status: 400 });
  const valid = parseRouteInput(z.array(routeId("job")), ids);
  if (!valid.ok) return valid.response;
  return jobEventStream(req, valid.value);
}
