/**
 * An Ollama test double (ARCHITECTURE §5.5): a real HTTP server that speaks
 * Ollama's wire protocol for the endpoints Brandsmith uses — NDJSON streams
 * ending in a `done` chunk with Ollama's metrics, `{"error"}` lines, and
 * Ollama's status codes — with knobs for time to first token, token rate,
 * load time, loaded-runner limits, a bounded queue (503) and mid-stream
 * errors. Runners are keyed like Ollama's: base weights blob + adapter +
 * runner options, so tenants' models on one base share a runner. Models
 * that reference an adapter need its blob pushed first (`/api/blobs`), and
 * restart() brings the server back with none of what was created or pushed,
 * like a new or rebuilt model server.
 *
 * A test tool: it never ships in src/.
 */
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { instanceOf } from "./schema-instance";

export interface DoubleOptions {
  /** Base models the double can "pull", by name. */
  library?: Record<string, { family: string; parameterSize: string }>;
  /** Models present at start (must be in the library). */
  installed?: string[];
  ttftMs?: number;
  tokenIntervalMs?: number;
  loadMs?: number;
  maxLoadedRunners?: number;
  /** Concurrent requests per runner (OLLAMA_NUM_PARALLEL). */
  numParallel?: number;
  /** Waiting requests beyond which the double answers 503 (OLLAMA_MAX_QUEUE). */
  maxQueue?: number;
  /** What the model says, when no `format` is given. */
  reply?: (messages: { role: string; content: string }[]) => string;
  /** Overrides every answer (e.g. a wrong JSON first, to exercise repair); undefined falls through. */
  answer?: (request: { messages: { role: string; content: string }[]; format: unknown; system?: string }) => string | undefined;
  version?: string;
}

interface ModelRecord {
  name: string;
  digest: string;
  baseDigest: string;
  adapter: string | null;
  family: string;
  parameterSize: string;
  system: string;
  template: string;
  parameters: Record<string, unknown>;
  messages: { role: string; content: string }[];
  modifiedAt: string;
}

interface Runner {
  key: string;
  model: string;
  active: number;
  lastUsed: number;
  loadedAt: number;
}

/** Options that change the loaded runner (not just sampling), as in Ollama. */
const RUNNER_OPTIONS = ["num_ctx", "num_batch", "num_gpu", "main_gpu", "use_mmap", "use_mlock", "num_thread", "low_vram"];

export class OllamaDouble {
  readonly stats = { loads: 0, requests: 0, aborted: 0, busy: 0, creates: 0, chats: 0 };
  /** Every request; generations and embeddings also note the runner key Ollama would use for them. */
  readonly requestLog: { path: string; body: unknown; runnerKey?: string }[] = [];
  private readonly models = new Map<string, ModelRecord>();
  private readonly blobs = new Set<string>();
  private readonly runners = new Map<string, Runner>();
  private waiting = 0;
  private failNext = 0;
  private server: http.Server | null = null;
  options: Required<Omit<DoubleOptions, "library" | "installed" | "answer">> & Pick<DoubleOptions, "answer"> & { library: NonNullable<DoubleOptions["library"]> };

  constructor(options: DoubleOptions = {}) {
    this.options = {
      library: options.library ?? { "qwen2.5:1.5b": { family: "qwen2", parameterSize: "1.5B" }, "llama3.2:1b": { family: "llama", parameterSize: "1.2B" } },
      ttftMs: options.ttftMs ?? 20,
      tokenIntervalMs: options.tokenIntervalMs ?? 5,
      loadMs: options.loadMs ?? 50,
      maxLoadedRunners: options.maxLoadedRunners ?? 3,
      numParallel: options.numParallel ?? 4,
      maxQueue: options.maxQueue ?? 512,
      reply: options.reply ?? ((messages) => `Here is a reply to: ${messages.at(-1)?.content ?? ""}`),
      answer: options.answer,
      version: options.version ?? "0.12.6",
    };
    for (const name of options.installed ?? []) this.installBase(name);
  }

  /** The next `count` streams end with an `{"error"}` line after a few tokens. */
  failNextStreams(count = 1) {
    this.failNext += count;
  }

  loadedRunnerKeys(): string[] {
    return [...this.runners.keys()];
  }

  /**
   * The server comes back as if rebuilt: every created model, pushed blob
   * and loaded runner is gone; only `installed` bases are there. The request
   * log and counters start again too.
   */
  restart(options: { installed?: string[] } = {}) {
    this.models.clear();
    this.blobs.clear();
    this.runners.clear();
    this.requestLog.length = 0;
    for (const key of Object.keys(this.stats) as (keyof typeof this.stats)[]) this.stats[key] = 0;
    for (const name of options.installed ?? []) this.installBase(name);
  }

  async listen(port = 0): Promise<string> {
    this.server = http.createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close() {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private installBase(name: string) {
    const entry = this.options.library[name];
    if (!entry) throw new Error(`${name} is not in the double's library`);
    const digest = sha(`weights:${name}`);
    this.blobs.add(digest);
    this.models.set(normalize(name), {
      name: normalize(name),
      digest,
      baseDigest: digest,
      adapter: null,
      family: entry.family,
      parameterSize: entry.parameterSize,
      system: "",
      template: "{{ .Prompt }}",
      parameters: {},
      messages: [],
      modifiedAt: new Date().toISOString(),
    });
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse) {
    this.stats.requests++;
    const url = new URL(req.url ?? "/", "http://double");
    const raw = await readBody(req);
    let body: Record<string, unknown> = {};
    if (raw.length && !url.pathname.startsWith("/api/blobs/")) {
      try {
        body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
      } catch {
        return json(res, 400, { error: "invalid character in request body" });
      }
    }
    const entry: (typeof this.requestLog)[number] = { path: `${req.method} ${url.pathname}`, body };
    this.requestLog.push(entry);
    const path = url.pathname;
    if (req.method === "GET" && (path === "/" || path === "")) return void res.writeHead(200).end("Ollama is running");
    if (req.method === "GET" && path === "/api/version") return json(res, 200, { version: this.options.version });
    if (req.method === "GET" && path === "/api/tags") return json(res, 200, { models: [...this.models.values()].map((m) => this.describe(m)) });
    if (req.method === "GET" && path === "/api/ps") return json(res, 200, { models: this.ps() });
    if (req.method === "POST" && path === "/api/show") return this.show(res, body);
    if (req.method === "DELETE" && path === "/api/delete") return this.remove(res, body);
    if (path.startsWith("/api/blobs/sha256:")) return this.blob(req, res, path.slice("/api/blobs/".length), raw);
    if (req.method === "POST" && path === "/api/pull") return this.pull(res, body);
    if (req.method === "POST" && path === "/api/create") return this.create(res, body);
    if (req.method === "POST" && path === "/api/chat") return this.generate(req, res, body, "chat", entry);
    if (req.method === "POST" && path === "/api/generate") return this.generate(req, res, body, "generate", entry);
    if (req.method === "POST" && path === "/api/embed") return this.embed(res, body, entry);
    json(res, 404, { error: "404 page not found" });
  }

  private describe(m: ModelRecord) {
    return {
      name: m.name,
      model: m.name,
      modified_at: m.modifiedAt,
      size: 986_000_000,
      digest: m.digest.slice("sha256:".length),
      details: {
        parent_model: m.baseDigest === m.digest ? "" : m.baseDigest,
        format: "gguf",
        family: m.family,
        families: [m.family],
        parameter_size: m.parameterSize,
        quantization_level: "Q4_K_M",
      },
    };
  }

  private ps() {
    return [...this.runners.values()].map((r) => {
      const m = this.models.get(r.model);
      return {
        ...(m ? this.describe(m) : { name: r.model, model: r.model }),
        expires_at: new Date(r.lastUsed + 5 * 60_000).toISOString(),
        size_vram: 986_000_000,
        context_length: 4096,
      };
    });
  }

  private show(res: http.ServerResponse, body: Record<string, unknown>) {
    const m = this.models.get(normalize(String(body.model ?? body.name ?? "")));
    if (!m) return json(res, 404, { error: `model '${String(body.model ?? "")}' not found` });
    const parameters = Object.entries(m.parameters)
      .map(([k, v]) => `${k.padEnd(30)} ${JSON.stringify(v)}`)
      .join("\n");
    return json(res, 200, {
      modelfile: `FROM ${m.baseDigest}\nSYSTEM """${m.system}"""`,
      parameters,
      template: m.template,
      system: m.system,
      details: this.describe(m).details,
      messages: m.messages,
      model_info: { "general.architecture": m.family },
      capabilities: ["completion"],
      modified_at: m.modifiedAt,
    });
  }

  private remove(res: http.ServerResponse, body: Record<string, unknown>) {
    const name = normalize(String(body.model ?? ""));
    if (!this.models.delete(name)) return json(res, 404, { error: `model '${String(body.model)}' not found` });
    res.writeHead(200).end();
  }

  private blob(req: http.IncomingMessage, res: http.ServerResponse, digest: string, raw: Buffer) {
    if (req.method === "HEAD") return void res.writeHead(this.blobs.has(digest) ? 200 : 404).end();
    if (req.method !== "POST") return json(res, 405, { error: "method not allowed" });
    if (sha256(raw) !== digest) return json(res, 400, { error: "digest mismatch" });
    this.blobs.add(digest);
    res.writeHead(201).end();
  }

  private async pull(res: http.ServerResponse, body: Record<string, unknown>) {
    const name = normalize(String(body.model ?? ""));
    const stream = body.stream !== false;
    if (!this.options.library[denormalize(name)] && !this.options.library[name]) {
      const error = { error: "pull model manifest: file does not exist" };
      return stream ? ndjson(res, [error]) : json(res, 500, error);
    }
    const total = 986_000_000;
    const digest = sha(`weights:${denormalize(name)}`);
    const lines: object[] = [{ status: "pulling manifest" }];
    for (let i = 1; i <= 4; i++) lines.push({ status: `pulling ${digest.slice(7, 19)}`, digest, total, completed: (total * i) / 4 });
    lines.push({ status: "verifying sha256 digest" }, { status: "writing manifest" }, { status: "success" });
    this.installBase(denormalize(name) in this.options.library ? denormalize(name) : name);
    if (!stream) return json(res, 200, { status: "success" });
    res.writeHead(200, { "content-type": "application/x-ndjson" });
    for (const line of lines) {
      res.write(JSON.stringify(line) + "\n");
      await sleep(5);
    }
    res.end();
  }

  private create(res: http.ServerResponse, body: Record<string, unknown>) {
    this.stats.creates++;
    const name = normalize(String(body.model ?? ""));
    const stream = body.stream !== false;
    // An error before any progress line gets its status and a JSON body, streaming or not (Ollama's streamResponse).
    const fail = (status: number, error: string) => json(res, status, { error });
    if (!name) return fail(400, "model name is required");
    const from = normalize(String(body.from ?? ""));
    const base = this.models.get(from);
    if (!base) return fail(404, `model '${String(body.from ?? "")}' not found`);
    const adapters = (body.adapters ?? {}) as Record<string, string>;
    const adapterDigest = Object.values(adapters)[0] ?? null;
    if (adapterDigest && !this.blobs.has(adapterDigest)) return fail(400, `blob ${adapterDigest} not found`);
    const record: ModelRecord = {
      name,
      baseDigest: base.baseDigest,
      adapter: adapterDigest ?? base.adapter,
      family: base.family,
      parameterSize: base.parameterSize,
      system: typeof body.system === "string" ? body.system : base.system,
      template: typeof body.template === "string" ? body.template : base.template,
      parameters: { ...base.parameters, ...((body.parameters as Record<string, unknown>) ?? {}) },
      messages: (body.messages as ModelRecord["messages"]) ?? base.messages,
      modifiedAt: new Date().toISOString(),
      digest: "",
    };
    record.digest = sha(JSON.stringify([record.baseDigest, record.adapter, record.system, record.template, record.parameters, record.messages]));
    const existing = this.models.get(name);
    this.models.set(name, record);
    const lines = [
      { status: `using existing layer ${record.baseDigest}` },
      ...(record.adapter ? [{ status: `using existing layer ${record.adapter}` }] : []),
      { status: existing?.digest === record.digest ? "using existing manifest" : "writing manifest" },
      { status: "success" },
    ];
    return stream ? ndjson(res, lines) : json(res, 200, { status: "success" });
  }

  private runnerKey(m: ModelRecord, requestOptions: Record<string, unknown>): string {
    const merged = { ...m.parameters, ...requestOptions };
    const runnerOptions = Object.fromEntries(RUNNER_OPTIONS.filter((k) => k in merged).map((k) => [k, merged[k]]));
    return `${m.baseDigest}|${m.adapter ?? "-"}|${JSON.stringify(runnerOptions)}`;
  }

  /** Waits for a slot on the model's runner, loading it (evicting the least recently used idle one) if needed. */
  private async acquire(m: ModelRecord, options: Record<string, unknown>): Promise<{ runner: Runner; loadNs: number } | null> {
    const key = this.runnerKey(m, options);
    if (this.waiting >= this.options.maxQueue) return null;
    this.waiting++;
    try {
      let loadNs = 0;
      for (;;) {
        let runner = this.runners.get(key);
        if (!runner && this.runners.size >= this.options.maxLoadedRunners) {
          const idle = [...this.runners.values()].filter((r) => r.active === 0).sort((a, b) => a.lastUsed - b.lastUsed)[0];
          if (idle) this.runners.delete(idle.key);
        }
        if (!runner && this.runners.size < this.options.maxLoadedRunners) {
          runner = { key, model: m.name, active: 0, lastUsed: Date.now(), loadedAt: Date.now() };
          this.runners.set(key, runner);
          this.stats.loads++;
          const started = performance.now();
          runner.active++;
          await sleep(this.options.loadMs);
          runner.active--;
          loadNs = Math.round((performance.now() - started) * 1e6);
        }
        if (runner && runner.active < this.options.numParallel) {
          runner.active++;
          runner.lastUsed = Date.now();
          return { runner, loadNs };
        }
        await sleep(2);
      }
    } finally {
      this.waiting--;
    }
  }

  private async generate(req: http.IncomingMessage, res: http.ServerResponse, body: Record<string, unknown>, kind: "chat" | "generate", entry: { runnerKey?: string }) {
    this.stats.chats++;
    const modelName = String(body.model ?? "");
    const m = this.models.get(normalize(modelName));
    if (!m) return json(res, 404, { error: `model "${modelName}" not found, try pulling it first` });
    if (kind === "chat" && !Array.isArray(body.messages)) return json(res, 400, { error: "messages is required" });
    const options = (body.options ?? {}) as Record<string, unknown>;
    entry.runnerKey = this.runnerKey(m, options);
    const started = performance.now();
    const slot = await this.acquire(m, options);
    if (!slot) {
      this.stats.busy++;
      return json(res, 503, { error: "server busy, please try again.  maximum pending requests exceeded" });
    }
    let closed = false;
    res.on("close", () => {
      if (!res.writableFinished) {
        closed = true;
        this.stats.aborted++;
      }
    });
    try {
      const messages = kind === "chat" ? (body.messages as { role: string; content: string }[]) : [{ role: "user", content: String(body.prompt ?? "") }];
      const text = this.options.answer?.({ messages, format: body.format, system: m.system }) ?? (body.format && typeof body.format === "object"
        ? JSON.stringify(instanceOf(body.format as object))
        : body.format === "json"
          ? JSON.stringify({ reply: this.options.reply(messages) })
          : this.options.reply(messages));
      const tokens = text.match(/\s*\S+|\s+$/g) ?? [text];
      const promptTokens = [...m.messages, { content: m.system }, ...messages].reduce((n, msg) => n + msg.content.split(/\s+/).filter(Boolean).length, 0);
      const failThis = this.failNext > 0 ? (this.failNext--, true) : false;
      const stream = body.stream !== false;
      const chunk = (content: string, extra: object = {}) =>
        kind === "chat"
          ? { model: modelName, created_at: new Date().toISOString(), message: { role: "assistant", content }, done: false, ...extra }
          : { model: modelName, created_at: new Date().toISOString(), response: content, done: false, ...extra };
      await sleep(this.options.ttftMs);
      const evalStarted = performance.now();
      if (stream) res.writeHead(200, { "content-type": "application/x-ndjson" });
      for (const [index, token] of tokens.entries()) {
        if (closed) return;
        if (failThis && index === 2) {
          res.end(JSON.stringify({ error: "an error was encountered while running the model: unexpected EOF" }) + "\n");
          return;
        }
        if (stream) res.write(JSON.stringify(chunk(token)) + "\n");
        if (index < tokens.length - 1) await sleep(this.options.tokenIntervalMs);
      }
      const now = performance.now();
      const done = chunk(stream ? "" : text, {
        done: true,
        done_reason: "stop",
        total_duration: Math.round((now - started) * 1e6),
        load_duration: slot.loadNs,
        prompt_eval_count: promptTokens,
        prompt_eval_duration: Math.round(this.options.ttftMs * 1e6),
        eval_count: tokens.length,
        eval_duration: Math.max(1, Math.round((now - evalStarted) * 1e6)),
      });
      if (stream) res.end(JSON.stringify(done) + "\n");
      else json(res, 200, done);
    } finally {
      slot.runner.active--;
      slot.runner.lastUsed = Date.now();
    }
  }

  private embed(res: http.ServerResponse, body: Record<string, unknown>, entry: { runnerKey?: string }) {
    const m = this.models.get(normalize(String(body.model ?? "")));
    if (!m) return json(res, 404, { error: `model "${String(body.model ?? "")}" not found, try pulling it first` });
    entry.runnerKey = this.runnerKey(m, (body.options ?? {}) as Record<string, unknown>);
    const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input ?? "")];
    const embeddings = inputs.map((text) => {
      const vector = new Array<number>(32).fill(0);
      for (const word of text.toLowerCase().split(/\W+/).filter(Boolean)) vector[parseInt(sha256(Buffer.from(word)).slice(7, 11), 16) % 32]! += 1;
      const norm = Math.hypot(...vector) || 1;
      return vector.map((v) => v / norm);
    });
    return json(res, 200, { model: body.model, embeddings, total_duration: 1_000_000, load_duration: 0, prompt_eval_count: inputs.length });
  }
}

function normalize(name: string): string {
  return name.includes(":") ? name : `${name}:latest`;
}
function denormalize(name: string): string {
  return name.endsWith(":latest") ? name.slice(0, -":latest".length) : name;
}
function sha(text: string): string {
  return sha256(Buffer.from(text));
}
function sha256(data: Buffer): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}
function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}
function ndjson(res: http.ServerResponse, lines: object[]) {
  res.writeHead(200, { "content-type": "application/x-ndjson" }).end(lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
}
function sleep(ms: number) {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
