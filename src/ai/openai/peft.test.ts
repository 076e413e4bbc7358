import { describe, expect, it } from "vitest";
import { AdapterFormatError, loraSafetensors, peftConfigFromSafetensors } from "./peft";

describe("peftConfigFromSafetensors", () => {
  it("reads the rank and target modules from the tensors' shapes and names", () => {
    const config = peftConfigFromSafetensors(loraSafetensors(16, 8, ["v_proj", "q_proj"]), "Qwen/Qwen2.5-1.5B-Instruct");
    expect(config).toMatchObject({ r: 16, lora_alpha: 32, target_modules: ["q_proj", "v_proj"], base_model_name_or_path: "Qwen/Qwen2.5-1.5B-Instruct" });
  });

  it("refuses a file that is not a LoRA safetensors file, saying why", () => {
    expect(() => peftConfigFromSafetensors(new TextEncoder().encode("GGUF not safetensors"), "b")).toThrow(AdapterFormatError);
    const noLora = new Uint8Array(8 + 2);
    new DataView(noLora.buffer).setBigUint64(0, 2n, true);
    noLora.set(new TextEncoder().encode("{}"), 8);
    expect(() => peftConfigFromSafetensors(noLora, "b")).toThrow(/no LoRA tensors/);
  });
});
