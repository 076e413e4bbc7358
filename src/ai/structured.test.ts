import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonSchemaFor, repairMessages, validateOutput } from "./structured";

const Email = z.object({ subject: z.string().min(3).max(60), blocks: z.array(z.object({ kind: z.enum(["heading", "paragraph"]), text: z.string() })).min(1) });

describe("structured output", () => {
  it("turns a zod schema into a JSON Schema for Ollama's format", () => {
    const schema = jsonSchemaFor(Email);
    expect(schema).toMatchObject({
      type: "object",
      required: ["subject", "blocks"],
      properties: { subject: { type: "string", minLength: 3, maxLength: 60 }, blocks: { type: "array", minItems: 1 } },
    });
    expect(schema).not.toHaveProperty("$schema");
  });

  it("validates answers and explains what is wrong", () => {
    expect(validateOutput(Email, '{"subject":"Hello there","blocks":[{"kind":"heading","text":"Hi"}]}')).toMatchObject({ ok: true });
    expect(validateOutput(Email, "Sure! Here is your email")).toMatchObject({ ok: false, problem: /not valid JSON/ });
    expect(validateOutput(Email, '{"subject":"Hi","blocks":[]}')).toMatchObject({ ok: false, problem: /subject: .*blocks: /s });
  });

  it("asks for a repair with the problem stated", () => {
    const messages = repairMessages([{ role: "user", content: "Write" }], "{bad", "The answer was not valid JSON.");
    expect(messages.at(-2)).toEqual({ role: "assistant", content: "{bad" });
    expect(messages.at(-1)?.content).toMatch(/^The answer was not valid JSON\. Answer again/);
  });
});
