/**
 * `npm run bench:web`: how fast the main pages show their data, how much
 * JavaScript each route ships, and how the review queue holds up under
 * many reviewers — on the production build, with a seeded workspace.
 *
 * The app runs as production runs it (bench/support/web-app.ts): embedded
 * PostgreSQL, `next build` output (built first only when stale), the web
 * process and one worker process, the builtin model, all on loopback. The
 * workspace (bench/support/web-seed.ts, web-drafts.ts) has three members who
 * signed up over HTTP, a brand guide read by the worker pool, 200
 * campaigns with 2,000 drafts (one campaign's 10 variants written by the
 * worker pool, some drafts in review and decided), 10,000 products imported
 * through the catalog import job, customers, events and segments. Seeding
 * is not measured; its time is printed.
 *
 *   pages.<name>.data_visible_p50_ms / p95_ms
 *       Chromium, signed in as the owner, per page: 2 unmeasured loads, then
 *       20 measured `page.goto` loads, each until the page's main data is
 *       visible, read as performance.now() in the page (bench/support/
 *       page-timing.ts). Same-run baseline: /api/health opened the same way.
 *   pages.<name>.js_gzip_kb
 *       First-load JS of the page's route from .next (bench/support/
 *       route-js.ts). Baseline: the part every route shares.
 *   axe_serious
 *       Serious + critical axe-core findings on those pages, after the loads.
 *   review_queue_p95_ms_under_load, rps
 *       autocannon, loopback, 50 connections for 30 s as the reviewer:
 *       half on the review queue's query as the page asks it, half on the
 *       draft query (drafts in review, in turn); p95 from every response's
 *       time; rps = both together. Same-run baselines, same connections
 *       (10 s each): /api/health (the server and one select) and
 *       tenant.current (the session and membership every query pays).
 *
 * Targets are marked met/missed in the text; the exit code says only
 * whether the benchmark ran. Progress goes to stderr; the last line of
 * stdout is one JSON object.
 */
import postgres from "postgres";
import { getConnection } from "@/server/db/client";
import { launchBrowser } from "../e2e/support/browser";
import { envInt, round } from "./queue/stats";
import { runLoad, trpcQueryPath, type LoadFigures } from "./support/load-run";
import { signedInContext, timePage, type PageTiming } from "./support/page-timing";
import { firstLoadJs } from "./support/route-js";
import { startWebApp } from "./support/web-app";
import { seedCampaigns } from "./support/web-drafts";
import { pageTargets } from "./support/web-pages";
import { PASSWORD, seedWorkspace, signUpPeople, waitForQuietQueue } from "./support/web-seed";

const RUNS = envInt("BENCH_RUNS", 20, 3, 200);
const WARM = envInt("BENCH_WARM", 2, 0, 20);
const CAMPAIGNS = envInt("BENCH_CAMPAIGNS", 200, 2, 2_000);
const PRODUCTS = envInt("BENCH_PRODUCTS", 10_000, 100, 100_000);
const CUSTOMERS = envInt("BENCH_CUSTOMERS", 2_000, 100, 100_000);
const EVENTS = envInt("BENCH_EVENTS", 20_000, 1_000, 1_000_000);
const CONNECTIONS = envInt("BENCH_CONNECTIONS", 50, 2, 500);
const LOAD_S = envInt("BENCH_LOAD_SECONDS", 30, 1, 120);
const BASELINE_S = envInt("BENCH_BASELINE_SECONDS", 10, 1, 120);
const TARGET = { p50: 400, p95: 800, jsKb: 170, reviewP95: 250 };

const out = (line = "") => process.stdout.write(`${line}\n`);
const progress = (message: string) => process.stderr.write(`… ${message}\n`);
const mark = (met: boolean) => (met ? "met" : "MISSED");
const kb = (bytes: number) => round(bytes / 1024, 1);

const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) await cleanups.pop()!().catch((error: unknown) => progress(`cleanup: ${(error as Error).message}`));
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    progress(`${signal}: stopping Chromium, the app and PostgreSQL`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main() {
  const started = performance.now();
  const app = await startWebApp(progress, (stop) => cleanups.push(stop));
  // This process calls the services the seed uses, on the app login, as the web process does.
  process.env.DATABASE_URL = app.appUrl;
  process.env.MODEL_PROVIDER = "builtin";
  cleanups.push(() => getConnection().sql.end());
  const owner = postgres(app.ownerUrl, { max: 2, onnotice: () => {} });
  cleanups.push(() => owner.end());
  progress(`app up at ${app.baseUrl}${app.built ? " (built this run)" : ""}; seeding`);

  const seedStarted = performance.now();
  const ws = await seedWorkspace(await signUpPeople(app.baseUrl), owner, { products: PRODUCTS, customers: CUSTOMERS, events: EVENTS }, progress);
  const seeded = await seedCampaigns(ws, owner, reviewPlan(CAMPAIGNS), progress);
  await waitForQuietQueue(owner, ws.tenantId);
  const seedS = (performance.now() - seedStarted) / 1000;
  const [catalog] = await owner<{ products: number; customers: number; events: number }[]>`
    select (select count(*)::int from products where tenant_id = ${ws.tenantId}) as products,
           (select count(*)::int from customers where tenant_id = ${ws.tenantId}) as customers,
           (select count(*)::int from customer_events where tenant_id = ${ws.tenantId}) as events`;

  out(`Web benchmark: production build, workspace "${ws.slug}" (3 members), builtin model, 1 worker process; loopback`);
  out(`seeded in ${round(seedS, 1)} s (not measured): ${CAMPAIGNS} campaigns, ${seeded.drafts} drafts (${Object.entries(seeded.statusCounts).map(([s, n]) => `${n} ${s}`).join(", ")}), ${catalog!.products} products, ${catalog!.customers} customers, ${catalog!.events} events, ${ws.segments.length} segments, guide ${ws.guide.file}`);

  const { routes, sharedGzipBytes: shared } = firstLoadJs();
  const targets = await pageTargets(owner, ws, seeded);

  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const context = await signedInContext(browser, app.baseUrl, { email: ws.people.owner.email, password: PASSWORD });
  const page = await context.newPage();
  const baseline = await timePage(page, { name: "health", route: "", path: "/api/health", waitsFor: "its JSON", mainData: (p) => [p.getByText('"status"')] }, { warm: WARM, runs: RUNS, axe: false });
  const timings: PageTiming[] = [];
  for (const target of targets) {
    progress(`timing ${target.name} (${target.path})`);
    timings.push(await timePage(page, target, { warm: WARM, runs: RUNS }));
  }
  await browser.close();

  out();
  out(`Data visible: Chromium, signed in as the owner; per page ${WARM} unmeasured + ${RUNS} measured loads; ms since navigation start (targets p50 ≤ ${TARGET.p50}, p95 ≤ ${TARGET.p95})`);
  out(`${"page".padEnd(14)}${"p50".padStart(8)}${"p95".padStart(8)}${"TTFB p50".padStart(10)}${"JS gzip".padStart(10)}   targets (time / JS)   waits for`);
  const jsOf = (route: string) => routes.find((r) => r.route === route);
  for (const [i, t] of timings.entries()) {
    const target = targets[i]!;
    const js = jsOf(target.route);
    const timeMet = t.p50 <= TARGET.p50 && t.p95 <= TARGET.p95;
    out(`${t.name.padEnd(14)}${round(t.p50, 0).toString().padStart(8)}${round(t.p95, 0).toString().padStart(8)}${round(t.ttfbP50, 0).toString().padStart(10)}${`${js ? kb(js.gzipBytes) : "?"} KB`.padStart(10)}   ${mark(timeMet).padEnd(7)} / ${mark(!!js && kb(js.gzipBytes) <= TARGET.jsKb).padEnd(9)} ${target.waitsFor}`);
  }
  out(`${"baseline".padEnd(14)}${round(baseline.p50, 0).toString().padStart(8)}${round(baseline.p95, 0).toString().padStart(8)}${round(baseline.ttfbP50, 0).toString().padStart(10)}${`${kb(shared)} KB`.padStart(10)}   /api/health opened the same way; JS: the root files every route loads`);

  out();
  out(`First-load JS per app route (gzip, zlib default level; root main files + the route's entryJSFiles; target ≤ ${TARGET.jsKb} KB)`);
  for (const r of routes) out(`${r.route.padEnd(36)}${`${kb(r.gzipBytes)} KB`.padStart(10)}${`${r.files} files`.padStart(10)}   ${mark(kb(r.gzipBytes) <= TARGET.jsKb)}`);

  const axe = timings.flatMap((t) => t.axe.map((finding) => `${t.name}: ${finding}`));
  out();
  out(`axe-core (WCAG 2 A/AA, serious + critical) on the ${timings.length} pages after their loads: ${axe.length} (target 0: ${mark(axe.length === 0)})`);
  for (const finding of axe) out(`  ${finding}`);

  progress(`load run: ${CONNECTIONS} connections for ${LOAD_S} s, then baselines for ${BASELINE_S} s each`);
  const headers = { cookie: ws.people.reviewer.cookie, "x-brandsmith-tenant": ws.slug };
  const reviewQueue = trpcQueryPath("review.queue", { status: "in_review", mine: true, sort: "oldest" });
  const draftQueries = seeded.inReviewDraftIds.map((draftId) => trpcQueryPath("drafts.get", { draftId }));
  await checkAnswers(app.loopbackUrl, headers, [reviewQueue, draftQueries[0]!, "/api/health", trpcQueryPath("tenant.current", undefined)]);
  const half = Math.floor(CONNECTIONS / 2);
  const [review, draft] = await runLoad(app.loopbackUrl, headers, [{ name: "review.queue", connections: half, paths: [reviewQueue] }, { name: "drafts.get", connections: CONNECTIONS - half, paths: draftQueries }], LOAD_S);
  const [health] = await runLoad(app.loopbackUrl, headers, [{ name: "/api/health", connections: CONNECTIONS, paths: ["/api/health"] }], BASELINE_S);
  const [session] = await runLoad(app.loopbackUrl, headers, [{ name: "tenant.current", connections: CONNECTIONS, paths: [trpcQueryPath("tenant.current", undefined)] }], BASELINE_S);
  const load = [review!, draft!, health!, session!];

  out();
  out(`Load: autocannon on loopback as the reviewer (session cookie, tenant header); review.queue {in_review, mine, oldest} and drafts.get over ${draftQueries.length} drafts in review, ${CONNECTIONS} connections together for ${LOAD_S} s; baselines alone, ${CONNECTIONS} connections, ${BASELINE_S} s`);
  out(`${"query".padEnd(16)}${"conns".padStart(6)}${"responses".padStart(11)}${"rps".padStart(8)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}${"non-2xx".padStart(9)}${"errors".padStart(8)}`);
  for (const f of load) out(loadLine(f));
  const rps = review!.rps + draft!.rps;
  out(`review queue p95 under load ${round(review!.p95_ms, 1)} ms (target ≤ ${TARGET.reviewP95}: ${mark(review!.p95_ms <= TARGET.reviewP95)}); ${round(rps, 0)} rps for both queries; /api/health p95 ${round(health!.p95_ms, 1)} ms, tenant.current p95 ${round(session!.p95_ms, 1)} ms with the same connections`);
  const non2xx = load.reduce((n, f) => n + f.non2xx + f.errors, 0);
  if (non2xx > 0) out(`WARNING: ${non2xx} non-2xx answers or errors: ${load.map((f) => `${f.name} ${JSON.stringify(f.statusCodes)}`).join("; ")}`);
  out(`total wall time ${round((performance.now() - started) / 1000, 0)} s`);

  const pages = Object.fromEntries(
    timings.map((t, i) => {
      const js = jsOf(targets[i]!.route);
      return [t.name, { data_visible_p50_ms: round(t.p50, 1), p95_ms: round(t.p95, 1), js_gzip_kb: js ? kb(js.gzipBytes) : null, ttfb_p50_ms: round(t.ttfbP50, 1) }];
    }),
  );
  out(
    JSON.stringify({
      pages,
      review_queue_p95_ms_under_load: round(review!.p95_ms, 1),
      rps: round(rps, 1),
      axe_serious: axe.length,
      draft_p95_ms_under_load: round(draft!.p95_ms, 1),
      review_queue_rps: round(review!.rps, 1),
      non2xx,
      baseline: {
        health_page_p50_ms: round(baseline.p50, 1),
        health_page_p95_ms: round(baseline.p95, 1),
        shared_js_gzip_kb: kb(shared),
        health_p95_ms_under_load: round(health!.p95_ms, 1),
        health_rps: round(health!.rps, 1),
        session_p95_ms_under_load: round(session!.p95_ms, 1),
        session_rps: round(session!.rps, 1),
      },
      seed_s: round(seedS, 1),
    }),
  );
}

/** At 200 campaigns: 300 drafts submitted, then 20 approved, 10 sent back, 5 rejected (265 left in review). */
function reviewPlan(campaigns: number) {
  return { campaigns, variantsEach: 10, submitted: Math.round(campaigns * 1.5), approved: Math.round(campaigns / 10), changesRequested: Math.round(campaigns / 20), rejected: Math.round(campaigns / 40) };
}

function loadLine(f: LoadFigures): string {
  return `${f.name.padEnd(16)}${String(f.connections).padStart(6)}${String(f.responses).padStart(11)}${round(f.rps, 0).toString().padStart(8)}${round(f.p50_ms, 1).toString().padStart(8)}${round(f.p95_ms, 1).toString().padStart(8)}${round(f.p99_ms, 1).toString().padStart(8)}${String(f.non2xx).padStart(9)}${String(f.errors).padStart(8)}`;
}

/** One request of each kind before the load, so a wrong URL or header fails here and not as 30 s of 4xx. */
async function checkAnswers(baseUrl: string, headers: Record<string, string>, paths: string[]) {
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
}

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });
