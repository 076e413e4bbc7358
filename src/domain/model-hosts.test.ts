import { describe, expect, it } from "vitest";
import { versionOnHosts, type HostView } from "./model-hosts";

const A = "http://gpu1:11434";
const B = "http://gpu2:11434";
const version = (overrides: Partial<Parameters<typeof versionOnHosts>[0]> = {}) => ({
  ollamaName: "brandsmith/acme:v2",
  status: "ready" as const,
  hostStatus: { [A]: "ready", [B]: "ready" },
  ...overrides,
});
const host = (url: string, installed: string[] | null, healthy = true): HostView => ({ url, healthy, installed });

describe("a version on its model hosts", () => {
  it("is on a host that lists it, and missing from one that does not (put back on next use)", () => {
    const states = versionOnHosts(version(), [host(A, ["qwen2.5:1.5b", "brandsmith/acme:v2"]), host(B, ["qwen2.5:1.5b"])]);
    expect(states.map((s) => [s.host, s.state])).toEqual([
      [A, "present"],
      [B, "missing"],
    ]);
    expect(states[1]!.label).toMatch(/put back .* automatically the next time it is used/);
  });

  it("says a restore is under way, and why one failed, with the server's words as the detail", () => {
    const restoring = versionOnHosts(version({ hostStatus: { [A]: "restoring" } }), [host(A, [])]);
    expect(restoring[0]).toMatchObject({ state: "restoring", label: expect.stringMatching(/being put back/), detail: null });
    const failed = versionOnHosts(version({ hostStatus: { [A]: "Ollama at http://gpu1:11434 answered 400: blob sha256:ab not found" } }), [host(A, [])]);
    expect(failed[0]).toMatchObject({ state: "failed", label: expect.stringMatching(/putting it back failed/), detail: expect.stringMatching(/blob sha256:ab not found/) });
  });

  it("does not guess about a host that is not answering, nor about a version still being built", () => {
    expect(versionOnHosts(version(), [host(A, null, false)])[0]).toMatchObject({ state: "unknown", label: expect.stringMatching(/not answering/) });
    expect(versionOnHosts(version({ status: "creating", hostStatus: {} }), [host(A, [])])[0]).toMatchObject({ state: "building" });
    expect(versionOnHosts(version({ status: "failed", hostStatus: { [A]: "pull failed" } }), [host(A, [])])[0]).toMatchObject({ state: "failed", detail: "pull failed" });
  });

  it("shows what the version recorded when no model server is configured", () => {
    expect(versionOnHosts(version({ hostStatus: { [A]: "ready" } }), []).map((s) => [s.host, s.state])).toEqual([[A, "unknown"]]);
  });
});
