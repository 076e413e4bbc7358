/**
 * The vLLM test double in its own process, as a real engine would be.
 * Options come as JSON in argv[2]; prints its URL, then serves until SIGTERM.
 * GET /double/stats (not a vLLM route) reports its counters to the bench.
 */
import http from "node:http";
import { VllmDouble } from "../../e2e/vllm-double/server";

const options = JSON.parse(process.argv[2] ?? "{}") as ConstructorParameters<typeof VllmDouble>[0];
const double = new VllmDouble(options);
const url = await double.listen();
const stats = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(double.stats)));
await new Promise<void>((resolve) => stats.listen(0, "127.0.0.1", resolve));
process.stdout.write(`${url} http://127.0.0.1:${(stats.address() as { port: number }).port}\n`);
process.on("SIGTERM", () => void double.close().then(() => process.exit(0)));
