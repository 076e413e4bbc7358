import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, stampPeerAddress } from "./client-address";

describe("stampPeerAddress", () => {
  it("replaces whatever the client sent with the socket's address", () => {
    const req = { headers: { [PEER_ADDRESS_HEADER]: "1.2.3.4" } as Record<string, string | string[] | undefined>, socket: { remoteAddress: "198.51.100.4" } };
    stampPeerAddress(req as never);
    expect(req.headers[PEER_ADDRESS_HEADER]).toBe("198.51.100.4");
  });

  it("leaves no header when the socket has no address (a closed socket)", () => {
    const req = { headers: { [PEER_ADDRESS_HEADER]: "1.2.3.4" } as Record<string, string | string[] | undefined>, socket: { remoteAddress: undefined } };
    stampPeerAddress(req as never);
    expect(PEER_ADDRESS_HEADER in req.headers).toBe(false);
  });
});
