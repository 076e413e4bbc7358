import { describe, expect, it } from "vitest";
import { isPrivateAddress, signPayload, verifySignature, webhookUrlProblem } from "./signing";

describe("webhook signatures", () => {
  it("verifies its own signature and refuses tampering and replays", () => {
    const body = JSON.stringify({ event: "draft.approved" });
    const header = signPayload("s3cret", body, 1_000_000);
    expect(verifySignature("s3cret", header, body, 1_000_100)).toEqual({ ok: true });
    expect(verifySignature("s3cret", header, `${body} `, 1_000_100)).toMatchObject({ ok: false, reason: /does not match/ });
    expect(verifySignature("other", header, body, 1_000_100)).toMatchObject({ ok: false });
    expect(verifySignature("s3cret", header, body, 1_000_000 + 301)).toMatchObject({ ok: false, reason: /replay/ });
    expect(verifySignature("s3cret", null, body, 1_000_000)).toMatchObject({ ok: false });
  });
});

describe("webhook targets", () => {
  it("accepts public http(s) URLs and refuses private ones outside development", () => {
    expect(webhookUrlProblem("https://hooks.example.com/brandsmith", false)).toBeNull();
    expect(webhookUrlProblem("ftp://example.com", false)).toMatch(/http\(s\) only/);
    expect(webhookUrlProblem("not a url", false)).toMatch(/full URL/);
    for (const url of ["http://127.0.0.1:9000/", "http://localhost/", "http://10.1.2.3/", "http://169.254.169.254/latest", "http://[::1]/", "http://192.168.1.10/"]) {
      expect(webhookUrlProblem(url, false)).toMatch(/private or loopback/);
      expect(webhookUrlProblem(url, true)).toBeNull();
    }
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
    expect(isPrivateAddress("::ffff:10.0.0.1")).toBe(true);
    expect(isPrivateAddress("2606:4700::1111")).toBe(false);
  });
});
