/**
 * A vLLM test double: a real HTTP server speaking vLLM's OpenAI-compatible
 * protocol for what Brandsmith uses, written from vLLM's server docs:
 *
 * - POST /v1/chat/completions: `stream: true` answers Server-Sent Events,
 *   one `data: {chat.completion.chunk}` per token, a last chunk with
 *   `finish_reason`, a usage chunk (`stream_options.include_usage`), then
 *   `data: [DONE]`; `response_format: {type: "json_schema"}` is honoured
 *   (guided decoding). The model is the served base name or a loaded LoRA
 *   adapter's name; anything else is 404 "The model `x` does not exist.".
 * - GET /v1/models: the base, then each loaded adapter with `parent` = base.
 * - POST /v1/load_lora_adapter {lora_name, lora_path} and
 *   /v1/unload_lora_adapter {lora_name}, when runtime updating is allowed
 *   (VLLM_ALLOW_RUNTIME_LORA_UPDATING); otherwise those routes are 404
 *   {"detail":"Not Found"}, as FastAPI answers for a route that is not there.
 *   An adapter whose path has no adapter_config.json, or whose rank is over
 *   --max-lora-rank, or that was trained on another base, is refused with 400
 *   and vLLM's reason; a name already loaded is 400.
 * - Errors: `{"error": {"message", "type", "param", "code"}}` (vLLM ≥ 0.10).
 *
 * Engine model: requests are batched (up to `maxNumSeqs` at once, any mix
 * of adapters); at most `maxLoras` adapters are on the GPU at once (vLLM's
 * --max-loras): a request for a registered adapter that is not on the GPU
 * loads it (`adapterLoadMs`), evicting the least recently used one no
 * running request needs. Knobs as the Ollama double's: time to first
 * token, token interval, mid-stream failures.
 *
 * A test tool: it never ships in src/.
 */
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { instanceOf } from "../ollama-double/schema-instance";

export interface VllmDoubleOptions {
  /** The served model (vLLM's --model / --served-model-name). */
  model?: string;
  /** --enable-lora with runtime updating allowed; false: an engine started without LoRA. */
  enableLora?: boolean;
  maxLoras?: number;
  maxLoraRank?: number;
  /** Sequences decoded together (--max-num-seqs). */
  maxNumSeqs?: number;
  ttftMs?: number;
  tokenIntervalMs?: number;
  /** Moving an adapter onto the GPU. */
  adapterLoadMs?: number;
  /** Overrides the answer (e.g. a realistic email); undefined falls through. */
  answer?: (request: { messages: { role: string; content: string }[]; format: unknown }) => string | undefined;
  version?: string;
}

interface Adapter {
  name: string;
  path: string;
  /** On the GPU now (one of the --max-loras slots). */
  resident: boolean;
  active: number;
  lastUsed: number;
}

export class VllmDouble {
  readonly stats = { requests: 0, chats: 0, adapterLoads: 0, evictions: 0, registered: 0, unregistered: 0 };
  readonly requestLog: { path: string; body: unknown }[] = [];
  readonly options: Required<Omit<VllmDoubleOptions, "answer">> & Pick<VllmDoubleOptions, "answer">;
  private readonly adapters = new Map<string, Adapter>();
  private running = 0;
  private failNext = 0;
  private server: http.Server | null = null;

  constructor(options: VllmDoubleOptions = {}) {
    this.options = {
      model: options.model ?? "Qwen/Qwen2.5-1.5B-Instruct",
      enableLora: options.enableLora ?? true,
      maxLoras: options.maxLoras ?? 16,
      maxLoraRank: options.maxLoraRank ?? 16,
      maxNumSeqs: options.maxNumSeqs ?? 64,
      ttftMs: options.ttftMs ?? 20,
      tokenIntervalMs: options.tokenIntervalMs ?? 5,
      adapterLoadMs: options.adapterLoadMs ?? 50,
      answer: options.answer,
      version: options.version ?? "0.11.0",
    };
  }

  failNextStreams(count = 1) {
    this.failNext += count;
  }

  residentAdapters(): string[] {
    return [...this.adapters.values()].filter((a) => a.resident).map((a) => a.name);
  }

  /** The engine restarted: no adapter registered any more. */
  restart() {
    this.adapters.clear();
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

  private async route(req: http.IncomingMessage, res: http.ServerResponse) {
    this.stats.requests++;
    const url = new URL(req.url ?? "/", "http://double");
    const raw = await readBody(req);
    let body: Record<string, unknown> = {};
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
      } catch {
        return error(res, 400, "BadRequestError", "Expecting value: line 1 column 1 (char 0)");
      }
    }
    this.requestLog.push({ path: `${req.method} ${url.pathname}`, body });
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /health") return void res.writeHead(200).end();
    if (route === "GET /version") return json(res, 200, { version: this.options.version });
    if (route === "GET /v1/models") return json(res, 200, { object: "list", data: this.models() });
    if (route === "POST /v1/chat/completions") return this.chat(res, body);
    if (this.options.enableLora && route === "POST /v1/load_lora_adapter") return this.load(res, body);
    if (this.options.enableLora && route === "POST /v1/unload_lora_adapter") return this.unload(res, body);
    json(res, 404, { detail: "Not Found" });
  }

  private models() {
    const created = Math.floor(Date.now() / 1000);
    const base = { id: this.options.model, object: "model", created, owned_by: "vllm", root: this.options.model, parent: null, max_model_len: 32768 };
    return [base, ...[...this.adapters.values()].map((a) => ({ id: a.name, object: "model", created, owned_by: "vllm", root: a.path, parent: this.options.model, max_model_len: null }))];
  }

  private load(res: http.ServerResponse, body: Record<string, unknown>) {
    const name = typeof body.lora_name === "string" ? body.lora_name : "";
    const lora = typeof body.lora_path === "string" ? body.lora_path : "";
    if (!name || !lora) return error(res, 400, "BadRequestError", "Both 'lora_name' and 'lora_path' must be provided.");
    if (this.adapters.has(name)) return error(res, 400, "BadRequestError", `The lora adapter '${name}' has already been loaded.`);
    const configPath = path.join(lora, "adapter_config.json");
    if (!existsSync(configPath)) return error(res, 400, "BadRequestError", `Loading lora ${name} failed: No adapter found for ${lora}`);
    let config: { r?: number; base_model_name_or_path?: string };
    try {
      config = JSON.parse(readFileSync(configPath, "utf8")) as typeof config;
    } catch {
      return error(res, 400, "BadRequestError", `Loading lora ${name} failed: adapter_config.json in ${lora} is not valid JSON`);
    }
    const rank = config.r ?? 8;
    if (rank > this.options.maxLoraRank) {
      return error(res, 400, "BadRequestError", `Loading lora ${name} failed: LoRA rank ${rank} is greater than max_lora_rank ${this.options.maxLoraRank}.`);
    }
    if (config.base_model_name_or_path && config.base_model_name_or_path !== this.options.model) {
      return error(
        res,
        400,
        "BadRequestError",
        `Loading lora ${name} failed: the adapter was trained on ${config.base_model_name_or_path}, but this engine serves ${this.options.model} (tensor shapes do not match).`,
      );
    }
    this.adapters.set(name, { name, path: lora, resident: false, active: 0, lastUsed: 0 });
    this.stats.registered++;
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(`Success: LoRA adapter '${name}' added successfully.`);
  }

  private unload(res: http.ServerResponse, body: Record<string, unknown>) {
    const name = typeof body.lora_name === "string" ? body.lora_name : "";
    if (!name) return error(res, 400, "BadRequestError", "'lora_name' needs to be provided to unload a LoRA adapter.");
    if (!this.adapters.delete(name)) return error(res, 404, "NotFoundError", `The lora adapter '${name}' cannot be found.`);
    this.stats.unregistered++;
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(`Success: LoRA adapter '${name}' removed successfully.`);
  }

  /** A GPU slot for `adapter`: resident already, a free one, or the least recently used one no running request needs. */
  private async makeResident(adapter: Adapter): Promise<number> {
    for (;;) {
      if (adapter.resident) return 0;
      const resident = [...this.adapters.values()].filter((a) => a.resident);
      if (resident.length >= this.options.maxLoras) {
        const idle = resident.filter((a) => a.active === 0).sort((a, b) => a.lastUsed - b.lastUsed)[0];
        if (!idle) {
          await sleep(2);
          continue;
        }
        idle.resident = false;
        this.stats.evictions++;
      }
      adapter.resident = true;
      this.stats.adapterLoads++;
      const started = performance.now();
      adapter.active++;
      await sleep(this.options.adapterLoadMs);
      adapter.active--;
      return performance.now() - started;
    }
  }

  private async chat(res: http.ServerResponse, body: Record<string, unknown>) {
    this.stats.chats++;
    const model = String(body.model ?? "");
    const adapter = model === this.options.model ? null : (this.adapters.get(model) ?? null);
    if (model !== this.options.model && !adapter) return error(res, 404, "NotFoundError", `The model \`${model}\` does not exist.`);
    if (!Array.isArray(body.messages)) return error(res, 400, "BadRequestError", "messages: Field required");
    const messages = body.messages as { role: string; content: string }[];
    const format = body.response_format as { type?: string; json_schema?: { schema?: object } } | undefined;
    if (format && format.type === "json_schema" && !format.json_schema?.schema) return error(res, 400, "BadRequestError", "response_format.json_schema.schema: Field required");

    while (this.running >= this.options.maxNumSeqs) await sleep(2);
    this.running++;
    if (adapter) adapter.active++;
    let closed = false;
    res.on("close", () => {
      if (!res.writableFinished) closed = true;
    });
    try {
      if (adapter) await this.makeResident(adapter);
      const schema = format?.type === "json_schema" ? format.json_schema!.schema! : null;
      const text =
        this.options.answer?.({ messages, format: schema ?? (format?.type === "json_object" ? "json" : undefined) }) ??
        (schema ? JSON.stringify(instanceOf(schema)) : format?.type === "json_object" ? JSON.stringify({ reply: lastUser(messages) }) : `Here is a reply to: ${lastUser(messages)}`);
      const tokens = text.match(/\s*\S+|\s+$/g) ?? [text];
      const promptTokens = messages.reduce((n, m) => n + m.content.split(/\s+/).filter(Boolean).length, 0);
      const failThis = this.failNext > 0 ? (this.failNext--, true) : false;
      const id = `chatcmpl-${Math.random().toString(16).slice(2)}`;
      const created = Math.floor(Date.now() / 1000);
      const chunk = (delta: object, finish: string | null) => ({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
      const usage = { prompt_tokens: promptTokens, completion_tokens: tokens.length, total_tokens: promptTokens + tokens.length };
      await sleep(this.options.ttftMs);
      if (body.stream !== true) {
        for (let i = 1; i < tokens.length; i++) await sleep(this.options.tokenIntervalMs);
        return json(res, 200, { id, object: "chat.completion", created, model, choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }], usage });
      }
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
      const send = (data: object | string) => res.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
      send(chunk({ role: "assistant", content: "" }, null));
      for (const [index, token] of tokens.entries()) {
        if (closed) return;
        if (failThis && index === 2) {
          // vLLM reports an error after the stream started as an error event in the stream.
          send({ error: { message: "The engine died while generating (EngineDeadError).", type: "InternalServerError", param: null, code: 500 } });
          send("[DONE]");
          return void res.end();
        }
        send(chunk({ content: token }, null));
        if (index < tokens.length - 1) await sleep(this.options.tokenIntervalMs);
      }
      send(chunk({}, "stop"));
      const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
      if (streamOptions?.include_usage) send({ id, object: "chat.completion.chunk", created, model, choices: [], usage });
      send("[DONE]");
      res.end();
    } finally {
      this.running--;
      if (adapter) {
        adapter.active--;
        adapter.lastUsed = Date.now();
      }
    }
  }
}

function lastUser(messages: { role: string; content: string }[]): string {
  return messages.filter((m) => m.role === "user").at(-1)?.content ?? "";
}
function error(res: http.ServerResponse, status: number, type: string, message: string) {
  json(res, status, { error: { message, type, param: null, code: status } });
}
function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
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
