import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { Session, Site, SiteCreated, SsoSecretRotated } from "@corner/contracts";
import {
  createTestApp,
  createTestSite,
  engines,
  hmacJwt,
  type SsoKeyPair,
  send,
  signSso,
  signSsoWith,
  ssoKeyPair,
  unsignedSso,
} from "@corner/test-utils/node";
import { expectProblem, rowsFor } from "./helpers.ts";

// Key rotation is tested against a real JWKS server: let a token with an unknown kid refetch at once.
process.env.CORNER_JWKS_COOLDOWN_MS = "0";

/** A host's JWKS endpoint on a real socket; `keys` can be replaced to rotate. */
async function startJwksServer(): Promise<{
  url: string;
  keys: object[];
  fetches: number;
  close(): Promise<void>;
}> {
  const state = { keys: [] as object[], fetches: 0 };
  const server: Server = createServer((_req, res) => {
    state.fetches++;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: state.keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

const now = () => Math.floor(Date.now() / 1000);

for (const engine of engines()) {
  describe(`host SSO (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let jwks: Awaited<ReturnType<typeof startJwksServer>>;
    let hs: { id: string; ssoSecret: string };
    let rsKey: SsoKeyPair;
    let esKey: SsoKeyPair;
    const admin = (method: string, path: string, body?: unknown) =>
      send(api, method, path, body, api.adminToken);
    const signInWith = (site: string, sso: string) => send(api, "POST", `/v1/sites/${site}/session`, { sso });
    const createSite = async (id: string, sso: unknown): Promise<SiteCreated> => {
      const res = await admin("POST", "/v1/admin/sites", { id, name: id, origins: [], sso });
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as SiteCreated;
    };
    const refused = async (site: string, sso: string, detail: RegExp) => {
      const problem = await expectProblem(await signInWith(site, sso), 401, "unauthorized");
      assert.match(problem.detail, detail);
    };

    before(async () => {
      api = await createTestApp({ engine });
      jwks = await startJwksServer();
      hs = await createTestSite(api, { id: "hs-shop" });
      rsKey = ssoKeyPair("RS256", "rs-1");
      esKey = ssoKeyPair("ES256", "es-1");
      await createSite("rs-shop", { alg: "RS256", publicKey: rsKey.publicPem });
      await createSite("es-shop", { alg: "ES256", publicKey: esKey.publicJwk });
      await createSite("jwks-shop", { alg: "RS256", jwksUrl: jwks.url });
      // Two sites of one company that share a key: only aud tells their tokens apart.
      await createSite("rs-twin", { alg: "RS256", publicKey: rsKey.publicPem });
    });
    after(async () => {
      await jwks.close();
      await api.close();
    });

    describe("site settings", () => {
      it("shows the SSO algorithm and public key to admins, never the secret, and nothing in public config", async () => {
        const site = (await (await admin("GET", "/v1/admin/sites/rs-shop")).json()) as Site & {
          ssoSecret?: string;
        };
        assert.deepEqual(site.sso, { alg: "RS256", publicKey: rsKey.publicPem });
        assert.equal(site.ssoSecret, undefined);
        const es = (await (await admin("GET", "/v1/admin/sites/es-shop")).json()) as Site;
        assert.deepEqual(es.sso, { alg: "ES256", publicKey: esKey.publicJwk });
        const hsSite = (await (await admin("GET", `/v1/admin/sites/${hs.id}`)).json()) as Site;
        assert.deepEqual(hsSite.sso, { alg: "HS256" });
        const config = await (await send(api, "GET", `/v1/sites/${hs.id}/config`)).text();
        assert.doesNotMatch(config, /sso|secret/i);
        assert.ok(!config.includes(hs.ssoSecret));
      });

      it("changes settings with PATCH and leaves the others as they were", async () => {
        await createSite("patch-me", { alg: "HS256" });
        const res = await admin("PATCH", "/v1/admin/sites/patch-me", {
          name: "Renamed",
          origins: ["https://a.example", "https://a.example"],
          premoderation: true,
          surveyContactDays: 3,
          sso: { alg: "ES256", jwksUrl: "https://id.example/.well-known/jwks.json" },
        });
        assert.equal(res.status, 200, await res.clone().text());
        const site = (await res.json()) as Site;
        assert.equal(site.name, "Renamed");
        assert.deepEqual(site.origins, ["https://a.example"]);
        assert.equal(site.premoderation, true);
        assert.equal(site.allowGuests, false);
        assert.equal(site.topContributorThreshold, 50);
        assert.equal(site.surveyContactDays, 3);
        assert.deepEqual(site.sso, { alg: "ES256", jwksUrl: "https://id.example/.well-known/jwks.json" });
        const again = (await (
          await admin("PATCH", "/v1/admin/sites/patch-me", { allowGuests: true })
        ).json()) as Site;
        assert.equal(again.name, "Renamed");
        assert.equal(again.allowGuests, true);
        assert.deepEqual(again.sso, site.sso);
        const back = (await (
          await admin("PATCH", "/v1/admin/sites/patch-me", { sso: { alg: "HS256" } })
        ).json()) as Site;
        assert.deepEqual(back.sso, { alg: "HS256" });
      });

      it("refuses SSO settings that cannot work, naming the field", async () => {
        const ecPem = esKey.publicPem;
        const cases: [unknown, string][] = [
          [
            { alg: "RS256", publicKey: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----" },
            "body.sso.publicKey",
          ],
          [{ alg: "RS256", publicKey: ecPem }, "body.sso.publicKey"],
          [{ alg: "RS256", publicKey: "not a key" }, "body.sso.publicKey"],
          [{ alg: "RS256", publicKey: esKey.publicJwk }, "body.sso.publicKey.kty"],
          [{ alg: "ES256", publicKey: { ...esKey.publicJwk, d: "c2VjcmV0" } }, "body.sso.publicKey.d"],
          [{ alg: "ES256", jwksUrl: "http://id.example/jwks.json" }, "body.sso.jwksUrl"],
          [{ alg: "ES256", jwksUrl: "ftp://id.example/jwks.json" }, "body.sso.jwksUrl"],
          [{ alg: "RS256" }, "body.sso"],
          [{ alg: "RS256", publicKey: rsKey.publicPem, jwksUrl: jwks.url }, "body.sso"],
          [{ alg: "HS256", publicKey: rsKey.publicPem }, "body.sso.publicKey"],
          [{ alg: "none" }, "body.sso.alg"],
          [{ alg: "HS512" }, "body.sso.alg"],
        ];
        for (const [sso, path] of cases) {
          const problem = await expectProblem(
            await admin("PATCH", "/v1/admin/sites/rs-shop", { sso }),
            400,
            "validation",
          );
          assert.equal(
            problem.errors?.[0]?.path,
            path,
            `${JSON.stringify(sso).slice(0, 80)}: ${problem.detail}`,
          );
        }
        const created = await admin("POST", "/v1/admin/sites", {
          id: "bad-key",
          name: "Bad key",
          origins: [],
          sso: { alg: "ES256", publicKey: rsKey.publicPem },
        });
        assert.equal(
          (await expectProblem(created, 400, "validation")).errors?.[0]?.path,
          "body.sso.publicKey",
        );
        assert.equal((await admin("GET", "/v1/admin/sites/bad-key")).status, 404);
        const secret = await expectProblem(
          await admin("PATCH", "/v1/admin/sites/rs-shop", { ssoSecret: "x".repeat(40) }),
          400,
          "validation",
        );
        assert.equal(secret.errors?.[0]?.path, "body.ssoSecret");
        // Nothing changed: the site still verifies with its PEM.
        assert.equal((await signInWith("rs-shop", signSsoWith(rsKey, { sub: "still" }))).status, 200);
      });

      it("answers 401 to site settings without the admin token and 404 for an unknown site", async () => {
        await expectProblem(
          await send(api, "PATCH", "/v1/admin/sites/rs-shop", { name: "x" }),
          401,
          "unauthorized",
        );
        await expectProblem(
          await send(api, "POST", "/v1/admin/sites/rs-shop/sso-secret", undefined, "not-the-token"),
          401,
          "unauthorized",
        );
        await expectProblem(
          await admin("PATCH", "/v1/admin/sites/no-such-site", { name: "x" }),
          404,
          "notFound",
        );
      });

      it("rotates the HS256 secret: the new one is shown once and the old one stops working at once", async () => {
        const site = await createTestSite(api, { id: "rotate-me" });
        const old = signSso(site.ssoSecret, { sub: "r1" });
        assert.equal((await signInWith(site.id, old)).status, 200);
        const res = await admin("POST", `/v1/admin/sites/${site.id}/sso-secret`);
        assert.equal(res.status, 200);
        const { ssoSecret } = (await res.json()) as SsoSecretRotated;
        assert.ok(ssoSecret.length >= 32 && ssoSecret !== site.ssoSecret);
        await refused(site.id, old, /signature that does not verify with the site's SSO secret/);
        assert.equal((await signInWith(site.id, signSso(ssoSecret, { sub: "r1" }))).status, 200);
        const shown = await (await admin("GET", `/v1/admin/sites/${site.id}`)).text();
        assert.ok(!shown.includes(ssoSecret));
      });
    });

    describe("valid tokens", () => {
      it("signs in with HS256 and the site's secret", async () => {
        const res = await signInWith(hs.id, signSso(hs.ssoSecret, { sub: "h1", name: "Hana", aud: hs.id }));
        assert.equal(res.status, 200, await res.clone().text());
        assert.equal(((await res.json()) as Session).user.name, "Hana");
      });

      it("signs in with RS256 and a registered PEM key", async () => {
        const res = await signInWith("rs-shop", signSsoWith(rsKey, { sub: "r1", name: "Rui" }));
        assert.equal(res.status, 200, await res.clone().text());
        assert.equal(((await res.json()) as Session).user.kind, "sso");
      });

      it("signs in with ES256 and a registered JWK", async () => {
        const res = await signInWith(
          "es-shop",
          signSsoWith(esKey, { sub: "e1", name: "Eli" }, { kid: null }),
        );
        assert.equal(res.status, 200, await res.clone().text());
      });

      it("signs in with keys from the host's JWKS URL, and follows a key rotation", async () => {
        const first = ssoKeyPair("RS256", "k-2024");
        const second = ssoKeyPair("RS256", "k-2025");
        jwks.keys = [{ ...first.publicJwk, kid: first.kid, alg: "RS256", use: "sig" }];
        assert.equal((await signInWith("jwks-shop", signSsoWith(first, { sub: "j1" }))).status, 200);
        const fetched = jwks.fetches;
        assert.equal((await signInWith("jwks-shop", signSsoWith(first, { sub: "j2" }))).status, 200);
        assert.equal(jwks.fetches, fetched, "keys are cached between sign-ins");
        await refused("jwks-shop", signSsoWith(second, { sub: "j3" }), /kid.*not in the site's JWKS/);
        jwks.keys = [{ ...second.publicJwk, kid: second.kid, alg: "RS256", use: "sig" }];
        const res = await signInWith("jwks-shop", signSsoWith(second, { sub: "j3" }));
        assert.equal(res.status, 200, await res.clone().text());
        await refused("jwks-shop", signSsoWith(first, { sub: "j4" }), /kid.*not in the site's JWKS/);
      });

      it("keeps an https avatar on the person and in the session, and ignores any other", async () => {
        const avatar = "https://cdn.shop.example/people/a1.png";
        const res = await signInWith(hs.id, signSso(hs.ssoSecret, { sub: "a1", avatar }));
        assert.equal(((await res.json()) as Session).user.avatar, avatar);
        const stored = await api.storage.driver.query<{ avatar: string | null }>(
          "SELECT avatar FROM people WHERE site_id = $1 AND subject = 'a1'",
          [hs.id],
        );
        assert.equal(stored[0]?.avatar, avatar);
        for (const bad of ["http://cdn.shop.example/a.png", "javascript:alert(1)", "not a url"]) {
          const s = (await (
            await signInWith(hs.id, signSso(hs.ssoSecret, { sub: "a2", avatar: bad }))
          ).json()) as Session;
          assert.equal(s.user.avatar, undefined, bad);
        }
      });
    });

    describe("refused tokens (401 problem+json saying why)", () => {
      it("refuses alg none, on every kind of site", async () => {
        for (const site of [hs.id, "rs-shop", "es-shop", "jwks-shop"]) {
          await refused(
            site,
            unsignedSso({ sub: "x" }),
            /signed with none; this site accepts (HS256|RS256|ES256) only/,
          );
        }
      });

      it("refuses HS256 on an RS256 site, even HMAC-signed with the site's public key as the secret", async () => {
        await refused(
          "rs-shop",
          hmacJwt(rsKey.publicPem, { sub: "x" }),
          /signed with HS256; this site accepts RS256 only/,
        );
        await refused(
          "rs-shop",
          hmacJwt(hs.ssoSecret, { sub: "x" }),
          /signed with HS256; this site accepts RS256 only/,
        );
        await refused(
          "es-shop",
          hmacJwt(JSON.stringify(esKey.publicJwk), { sub: "x" }),
          /accepts ES256 only/,
        );
        await refused("jwks-shop", hmacJwt(rsKey.publicPem, { sub: "x" }), /accepts RS256 only/);
        // And the other way round: an RS256 token on an HS256 site.
        await refused(
          hs.id,
          signSsoWith(rsKey, { sub: "x" }),
          /signed with RS256; this site accepts HS256 only/,
        );
        await refused(
          "rs-shop",
          signSsoWith(esKey, { sub: "x" }),
          /signed with ES256; this site accepts RS256 only/,
        );
      });

      it("refuses a token signed with the wrong key", async () => {
        await refused(
          hs.id,
          signSso("w".repeat(40), { sub: "x" }),
          /does not verify with the site's SSO secret/,
        );
        await refused(
          "rs-shop",
          signSsoWith(ssoKeyPair("RS256"), { sub: "x" }),
          /does not verify with the site's registered public key \(RS256\)/,
        );
        await refused("es-shop", signSsoWith(ssoKeyPair("ES256"), { sub: "x" }), /does not verify/);
      });

      it("refuses a token whose aud names another site", async () => {
        await refused(
          hs.id,
          signSso(hs.ssoSecret, { sub: "x", aud: "another-site" }),
          /aud does not name site hs-shop/,
        );
        await refused(
          "rs-shop",
          signSsoWith(rsKey, { sub: "x", aud: ["a", "b"] }),
          /aud does not name site rs-shop/,
        );
      });

      it("refuses expired tokens, tokens without exp and tokens that live longer than 10 minutes", async () => {
        await refused(
          hs.id,
          signSso(hs.ssoSecret, { sub: "x", iat: now() - 700, exp: now() - 100 }),
          /has expired/,
        );
        await refused("rs-shop", signSsoWith(rsKey, { sub: "x", exp: null }), /missing the exp claim/);
        await refused(
          hs.id,
          signSso(hs.ssoSecret, { sub: "x", exp: now() + 11 * 60 }),
          /lives too long \(exp is 660 s after iat\)/,
        );
        await refused(
          hs.id,
          signSso(hs.ssoSecret, { sub: "x", iat: null, exp: now() + 11 * 60 + 30 }),
          /lives too long.*after now/,
        );
        // Issued long ago for a long life, still inside its exp: refused by the iat rule.
        await refused(
          "rs-shop",
          signSsoWith(rsKey, { sub: "x", iat: now() - 3000, exp: now() + 300 }),
          /lives too long/,
        );
        // An iat set in the future does not stretch the 10 minutes.
        await refused(
          hs.id,
          signSso(hs.ssoSecret, { sub: "x", iat: now() + 3600, exp: now() + 3600 + 300 }),
          /lives too long/,
        );
      });

      it("refuses tokens without a sub, with a sub too long, or not valid yet", async () => {
        await refused(hs.id, hmacJwt(hs.ssoSecret, { name: "Nobody" }), /missing the sub claim/);
        await refused(hs.id, signSso(hs.ssoSecret, { sub: "s".repeat(256) }), /sub claim of 1–255/);
        await refused("es-shop", signSsoWith(esKey, { sub: "x", nbf: now() + 300 }), /not valid yet \(nbf/);
        // nbf within the clock tolerance is fine.
        assert.equal(
          (await signInWith("es-shop", signSsoWith(esKey, { sub: "n1", nbf: now() + 30 }))).status,
          200,
        );
      });

      it("refuses malformed tokens", async () => {
        for (const sso of ["not-a-jwt", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig", "x".repeat(8000)]) {
          await refused(hs.id, sso, /malformed|signed with|signature/);
        }
        await refused("jwks-shop", "a.b.c", /malformed/);
      });

      it("refuses a replay of an SSO token after its session signed out", async () => {
        const signOut = (site: string, token?: string) =>
          send(api, "DELETE", `/v1/sites/${site}/session`, undefined, token);
        for (const [site, sign] of [
          [hs.id, (c: { sub: string; iat?: number; exp?: number }) => signSso(hs.ssoSecret, c)],
          ["rs-shop", (c: { sub: string; iat?: number; exp?: number }) => signSsoWith(rsKey, c)],
        ] as const) {
          const sso = sign({ sub: "leaver" });
          // Before signing out the host may render the same token on a few pages.
          const first = (await (await signInWith(site, sso)).json()) as Session;
          assert.equal((await signInWith(site, sso)).status, 200);
          const res = await signOut(site, first.token);
          assert.equal(res.status, 204);
          assert.equal(await res.text(), "");
          await refused(site, sso, /already used and its session signed out/);
          // A newly signed token for the same person still works.
          assert.equal(
            (await signInWith(site, sign({ sub: "leaver", iat: now() - 1, exp: now() + 500 }))).status,
            200,
          );
        }
        // A token with a jti is once-only from the start, and stays spent after signing out.
        const once = signSso(hs.ssoSecret, { sub: "jti-leaver", jti: "page-42" });
        const s = (await (await signInWith(hs.id, once)).json()) as Session;
        assert.equal((await signOut(hs.id, s.token)).status, 204);
        await refused(hs.id, once, /\(jti\) was already used/);
        // Signing out needs a session for this site.
        await expectProblem(await signOut(hs.id), 401, "unauthorized");
        await expectProblem(await signOut("rs-shop", s.token), 401, "unauthorized");
      });

      it("refuses a valid token for one site on another", async () => {
        const people = await rowsFor(api.storage, "people", "rs-twin");
        // HS256: every site has its own secret.
        const other = await createTestSite(api, { id: "hs-other" });
        await refused(other.id, signSso(hs.ssoSecret, { sub: "x", aud: hs.id }), /does not verify/);
        await refused(other.id, signSso(hs.ssoSecret, { sub: "x" }), /does not verify/);
        // RS256 sites sharing one key: aud names the site the token was made for.
        const forShop = signSsoWith(rsKey, { sub: "twin", aud: "rs-shop" });
        await refused("rs-twin", forShop, /aud does not name site rs-twin/);
        assert.equal((await signInWith("rs-shop", forShop)).status, 200);
        assert.equal(await rowsFor(api.storage, "people", "rs-twin"), people);
      });
    });
  });
}
