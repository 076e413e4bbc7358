import { describe, expect, it } from "vitest";
import { allowedBaseModels, baseOfRunnerKey, createRequest, DEFAULT_SAMPLING, modelfile, ollamaModelName, runnerKey, runnerOptionsOf, type TenantModelSpec } from "./tenant-model";

const spec: TenantModelSpec = {
  tenantSlug: "acme",
  version: 3,
  base: "qwen2.5:1.5b",
  system: "You write for Acme.",
  sampling: DEFAULT_SAMPLING,
  examples: [{ prompt: "Subject for a spring sale", answer: "Spring into savings" }],
  adapter: null,
};

describe("tenant model spec", () => {
  it("names versions deterministically", () => {
    expect(ollamaModelName("acme", 3)).toBe("brandsmith/acme:v3");
  });

  it("builds Ollama's create request with runner options fixed by the base", () => {
    expect(createRequest(spec)).toEqual({
      model: "brandsmith/acme:v3",
      from: "qwen2.5:1.5b",
      system: "You write for Acme.",
      parameters: { temperature: 0.7, top_p: 0.9, repeat_penalty: 1.1, num_ctx: 8192 },
      messages: [
        { role: "user", content: "Subject for a spring sale" },
        { role: "assistant", content: "Spring into savings" },
      ],
    });
  });

  it("attaches an adapter by digest and keys the runner on it", () => {
    const withAdapter = { ...spec, adapter: { filename: "acme.gguf", digest: "sha256:abc" } };
    expect(createRequest(withAdapter).adapters).toEqual({ "acme.gguf": "sha256:abc" });
    expect(runnerKey(spec)).toBe("qwen2.5:1.5b|-");
    expect(runnerKey(withAdapter)).toBe("qwen2.5:1.5b|sha256:abc");
  });

  it("gives every request on a base the base's runner options, and reads the base back from a runner key", () => {
    expect(runnerOptionsOf("qwen2.5:1.5b")).toEqual({ num_ctx: 8192 });
    expect(runnerOptionsOf("nomic-embed-text")).toBeNull();
    expect(createRequest(spec).parameters).toMatchObject(runnerOptionsOf(spec.base)!);
    expect(baseOfRunnerKey(runnerKey(spec))).toBe("qwen2.5:1.5b");
    expect(baseOfRunnerKey(runnerKey({ base: spec.base, adapter: { digest: "sha256:abc" } }))).toBe("qwen2.5:1.5b");
  });

  it("refuses a base that is not allowed, naming the allowed ones", () => {
    expect(() => createRequest({ ...spec, base: "mystery:70b" })).toThrow(/not an allowed base model.*qwen2.5:1.5b/);
  });

  it("adds the deployment's configured base to the allowed list and makes it the default", () => {
    expect(allowedBaseModels(undefined).defaultBase).toBe("qwen2.5:1.5b");
    expect(allowedBaseModels("llama3.2:1b")).toMatchObject({ defaultBase: "llama3.2:1b" });
    const custom = allowedBaseModels("phi4-mini:3.8b");
    expect(custom.defaultBase).toBe("phi4-mini:3.8b");
    expect(custom.bases.at(-1)).toMatchObject({ name: "phi4-mini:3.8b", runnerOptions: { num_ctx: 8192 } });
  });

  it("renders the equivalent Modelfile", () => {
    expect(modelfile(spec)).toBe(
      [
        "FROM qwen2.5:1.5b",
        'SYSTEM """You write for Acme."""',
        "PARAMETER temperature 0.7",
        "PARAMETER top_p 0.9",
        "PARAMETER repeat_penalty 1.1",
        "PARAMETER num_ctx 8192",
        'MESSAGE user """Subject for a spring sale"""',
        'MESSAGE assistant """Spring into savings"""',
        "",
      ].join("\n"),
    );
  });
});
