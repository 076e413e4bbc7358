import { describe, expect, it } from "vitest";
import { databaseUnreachable, isConnectionError, isDatabaseUnavailable } from "./unavailable";

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

describe("database unavailability", () => {
  it("knows the driver's and the server's own codes", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("saving failed", { cause: Object.assign(new Error("x"), { code: "57P01" }) }))).toBe(true);
  });

  it("does not take a socket error for the database by itself", () => {
    expect(isDatabaseUnavailable(refused())).toBe(false);
    expect(isConnectionError(refused())).toBe(true);
    expect(isConnectionError(new AggregateError([refused()], "all addresses failed"))).toBe(true);
  });

  it("asks the database when a socket error could be anyone's", async () => {
    expect(await databaseUnreachable(refused(), async () => "up")).toBe(false);
    expect(await databaseUnreachable(refused(), () => Promise.reject(refused()))).toBe(true);
    expect(await databaseUnreachable(Object.assign(new Error("x"), { code: "57P03" }), async () => "up")).toBe(true);
  });

  it("leaves a wrong query, a constraint and a plain error alone", async () => {
    expect(isConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(await databaseUnreachable(Object.assign(new Error("syntax error"), { code: "42601" }), () => Promise.reject(new Error("down")))).toBe(false);
    expect(isConnectionError(new Error("model server said no"))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});
