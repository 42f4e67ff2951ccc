import { describe, expect, it } from "vitest";
import { isUndecodableActionRequest } from "./action-request";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/admin/sources", { method: "POST", body, headers: { "Next-Action": "abc", ...headers } });
const form = (pairs: Array<[string, string]>) => {
  const data = new FormData();
  for (const [k, v] of pairs) data.append(k, v);
  return data;
};

describe("server-action request bodies", () => {
  it("lets through what React's encoder sends", async () => {
    expect(await isUndecodableActionRequest(post("[]", { "Content-Type": "text/plain;charset=UTF-8" }))).toBe(false);
    const state = '{"ok":false,"message":"$$5 is escaped","errors":{"name":"$undefined"},"values":{"a":"$$"}}';
    expect(await isUndecodableActionRequest(post(`[${state},"$K1"]`, { "Content-Type": "text/plain;charset=UTF-8" }))).toBe(false);
    expect(
      await isUndecodableActionRequest(
        post(
          form([
            ["0", '[{},"$K1"]'],
            ["_1_name", "x"],
          ]),
        ),
      ),
    ).toBe(false);
  });

  it("refuses a body the decoder cannot read", async () => {
    for (const text of [
      "",
      "{x",
      "undefined",
      "[1,",
      '"x"',
      "{}",
      "null",
      "12",
      '[{},[{"":{"":"$"}}]]',
      '["$1"]',
      '["$@1"]',
      '["$Q2"]',
      '["$nx"]',
    ]) {
      expect(await isUndecodableActionRequest(post(text, { "Content-Type": "text/plain;charset=UTF-8" })), text).toBe(true);
    }
    expect(await isUndecodableActionRequest(post(form([["_1_name", "x"]])))).toBe(true);
    expect(await isUndecodableActionRequest(post(form([["0", "{x"]])))).toBe(true);
    expect(await isUndecodableActionRequest(post(form([["0", '{"a":1}']])))).toBe(true);
    expect(
      await isUndecodableActionRequest(
        post(
          form([
            ["0", "[]"],
            ["_1_\u0000", "x"],
          ]),
        ),
      ),
    ).toBe(true);
    expect(await isUndecodableActionRequest(post("not multipart", { "Content-Type": "multipart/form-data; boundary=zzz" }))).toBe(true);
  });

  it("leaves requests that are not server actions alone", async () => {
    const plain = new Request("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      body: "{x",
      headers: { "Content-Type": "text/plain" },
    });
    expect(await isUndecodableActionRequest(plain)).toBe(false);
    expect(await isUndecodableActionRequest(new Request("http://localhost/", { headers: { "Next-Action": "abc" } }))).toBe(false);
  });
});
