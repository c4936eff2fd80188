// IDOR: every URL that shows one user's things, asked for by another signed-in user
// (and by nobody), must not show them. Each answer's status is asserted, and that the
// other learner's email never appears and nothing was written.
import { beforeAll, describe, expect, it } from "vitest";
import { makeAccount, paidOrderFor, PASSWORD } from "./fixtures";
import { Client, withoutWrites } from "./support";

let victim: Awaited<ReturnType<typeof makeAccount>>;
let bought: Awaited<ReturnType<typeof paidOrderFor>>;
let other: Client;
beforeAll(async () => {
  victim = await makeAccount("victim");
  bought = await paidOrderFor(victim.id);
  const intruder = await makeAccount("intruder");
  other = new Client("127.0.0.20");
  expect(await other.signIn(intruder.email, PASSWORD)).toBeNull();
});

describe("another learner's per-user URLs", () => {
  it("answer 404 or 403 and show nothing of the owner", async () => {
    const id = bought.order.id;
    const cases: [string, number][] = [
      [`/orders/${id}`, 404],
      [`/checkout/success?order=${id}`, 404],
      [`/admin/orders/${id}`, 403],
      [`/admin/users/${victim.id}`, 403],
      [`/provider/${bought.provider.slug}/orders`, 403],
      [`/provider/${bought.provider.slug}/learners`, 403],
      [`/provider/${bought.provider.slug}/export/orders.csv`, 403],
      [`/provider/${bought.provider.slug}/export/learners.csv`, 403],
      [`/provider/${bought.provider.slug}/credentials`, 403],
    ];
    const { result, before, after } = await withoutWrites(() => Promise.all(cases.map(async ([path]) => [path, await other.get(path)] as const)));
    for (const [[path, expected], [, reply]] of cases.map((c, i) => [c, result[i]!] as const)) {
      expect({ path, status: reply.status }).toEqual({ path, status: expected });
      expect(reply.body).not.toContain(victim.email);
    }
    expect(after).toEqual(before);
  });

  it("their own lists never include the other learner's order or course", async () => {
    for (const path of ["/orders", "/learning", "/learning/credentials", "/account"]) {
      const reply = await other.get(path);
      expect({ path, status: reply.status }).toEqual({ path, status: 200 });
      expect(reply.body).not.toContain(bought.order.id);
      expect(reply.body).not.toContain(victim.email);
    }
    const state = JSON.parse((await other.get(`/api/me/courses/${bought.course.id}`)).body) as { access: string };
    expect(state.access).toBe("none");
  });

  it("the lessons of the course the other learner bought stay closed", async () => {
    const reply = await other.get(`/learn/${bought.course.slug}`);
    expect([200, 307]).toContain(reply.status);
    expect(String(reply.headers.location ?? "")).not.toMatch(/\/learn\/.+\/.+/);
  });
});

describe("anonymous visitors", () => {
  it("are sent to sign in, with nothing shown", async () => {
    const anonymous = new Client("127.0.0.21");
    for (const path of [`/orders/${bought.order.id}`, `/checkout/success?order=${bought.order.id}`, "/orders", "/learning", "/account"]) {
      const reply = await anonymous.get(path);
      expect({ path, status: reply.status }).toEqual({ path, status: 307 });
      expect(String(reply.headers.location)).toMatch(/^\/signin\?callbackUrl=|\/signin\?callbackUrl=/);
    }
    expect((await anonymous.get(`/provider/${bought.provider.slug}/export/orders.csv`)).status).toBe(401);
  });
});
