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
    // Every spelling of an inside address is inside: mapped, compatible, NAT64, 6to4, site-local, bracketed.
    for (const inside of ["::ffff:7f00:1", "[::ffff:127.0.0.1]", "::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b::169.254.169.254", "2002:c0a8:0101::1", "fec0::1", "fe80::1%eth0", "ff02::1", "2001:db8::1", "0.0.0.0", "198.18.0.1", "255.255.255.255", "not-an-address"]) {
      expect(isPrivateAddress(inside), inside).toBe(true);
    }
    for (const outside of ["64:ff9b::808:808", "2002:0808:0808::1", "2a00:1450:4001:80b::200e", "1.1.1.1"]) expect(isPrivateAddress(outside), outside).toBe(false);
  });
});
