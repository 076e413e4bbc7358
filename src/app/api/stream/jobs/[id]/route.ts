import { jobEventStream } from "@/server/http/job-events";

export const dynamic = "force-dynamic";

/** Live events of one job (see server/http/job-events.ts). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jobEventStream(req, [id]);
}
