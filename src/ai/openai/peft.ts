/**
 * What vLLM needs beside a LoRA adapter's weights: a PEFT adapter_config.json.
 * Read from the adapter file itself (safetensors: an 8-byte little-endian
 * header length, then a JSON header naming each tensor with its shape), so
 * a tenant uploads one file for either engine: the rank is the first
 * dimension of every `lora_A` tensor, the target modules are the layers
 * those tensors sit on. Pure.
 */

export interface PeftConfig {
  peft_type: "LORA";
  task_type: "CAUSAL_LM";
  base_model_name_or_path: string;
  r: number;
  lora_alpha: number;
  lora_dropout: number;
  bias: "none";
  target_modules: string[];
}

export class AdapterFormatError extends Error {}

export function peftConfigFromSafetensors(bytes: Uint8Array, baseModel: string): PeftConfig {
  if (bytes.byteLength < 8) throw new AdapterFormatError("The adapter file is too short to be a safetensors file.");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = Number(view.getBigUint64(0, true));
  if (headerLength <= 0 || 8 + headerLength > bytes.byteLength) throw new AdapterFormatError("The adapter file is not a safetensors file (its header length does not fit the file).");
  let header: Record<string, { shape?: number[] } | Record<string, string>>;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as typeof header;
  } catch {
    throw new AdapterFormatError("The adapter file is not a safetensors file (its header is not JSON).");
  }
  const metadata = (header.__metadata__ ?? {}) as Record<string, string>;
  const ranks = new Set<number>();
  const modules = new Set<string>();
  for (const [name, tensor] of Object.entries(header)) {
    const match = /\.([A-Za-z0-9_]+)\.lora_A(?:\.[A-Za-z0-9_]+)?\.weight$/.exec(name);
    const shape = (tensor as { shape?: number[] }).shape;
    if (!match || !shape?.length) continue;
    ranks.add(shape[0]!);
    modules.add(match[1]!);
  }
  if (ranks.size === 0) throw new AdapterFormatError("The adapter file has no LoRA tensors (no *.lora_A.weight): export it with PEFT as a LoRA adapter.");
  if (ranks.size > 1) throw new AdapterFormatError(`The adapter mixes LoRA ranks (${[...ranks].join(", ")}); export it with one rank.`);
  const r = [...ranks][0]!;
  const alpha = Number(metadata.lora_alpha);
  return {
    peft_type: "LORA",
    task_type: "CAUSAL_LM",
    base_model_name_or_path: baseModel,
    r,
    lora_alpha: Number.isFinite(alpha) && alpha > 0 ? alpha : r * 2,
    lora_dropout: 0,
    bias: "none",
    target_modules: [...modules].sort(),
  };
}

/** A small LoRA safetensors file (zeros) with the given rank, for tests and benchmarks. */
export function loraSafetensors(rank: number, hidden = 8, modules: readonly string[] = ["q_proj", "v_proj"], seed = ""): Uint8Array<ArrayBuffer> {
  const tensors: Record<string, unknown> = { __metadata__: { format: "pt", note: seed } };
  let offset = 0;
  for (const module of modules) {
    for (const [part, shape] of [
      ["lora_A", [rank, hidden]],
      ["lora_B", [hidden, rank]],
    ] as const) {
      const size = shape[0] * shape[1] * 2;
      tensors[`base_model.model.model.layers.0.self_attn.${module}.${part}.weight`] = { dtype: "F16", shape, data_offsets: [offset, offset + size] };
      offset += size;
    }
  }
  const header = new TextEncoder().encode(JSON.stringify(tensors));
  const bytes = new Uint8Array(new ArrayBuffer(8 + header.byteLength + offset));
  new DataView(bytes.buffer).setBigUint64(0, BigInt(header.byteLength), true);
  bytes.set(header, 8);
  return bytes;
}
