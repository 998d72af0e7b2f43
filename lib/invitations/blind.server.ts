// Blind-signed tokens (RSA blind signatures, RFC 9474, RSABSSA-SHA384-PSS-Randomized):
// the JavaScript path's unlinkability (docs/decisions/013-invitation-codes.md). The
// browser makes a random token, blinds it and sends the blinded form with its code;
// the server spends the code and signs blind. The browser unblinds the signature and,
// later, sends token and signature with its response. The server sees the token for the
// first time then: no computation on what it stored or saw at redeem time relates the
// two, so even the server that spent the code cannot tell which response it was for.
import "server-only";
import { createHash, webcrypto } from "node:crypto";
import { RSABSSA } from "@cloudflare/blindrsa-ts";
import { rsaKeyPair } from "./key.server";

const suite = () => RSABSSA.SHA384.PSS.Randomized();
const ALGORITHM = { name: "RSA-PSS", hash: "SHA-384" } as const;
/** RSA-2048: blinded messages and signatures are 256 bytes. */
export const BLIND_BYTES = 256;

let keys: Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }> | undefined;

function cryptoKeys(): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }> {
  keys ??= (async () => {
    const pair = rsaKeyPair();
    const privateKey = await webcrypto.subtle.importKey("jwk", pair.privateKey as webcrypto.JsonWebKey, ALGORITHM, true, ["sign"]);
    const publicKey = await webcrypto.subtle.importKey("jwk", pair.publicKey as webcrypto.JsonWebKey, ALGORITHM, true, ["verify"]);
    return { privateKey: privateKey as CryptoKey, publicKey: publicKey as CryptoKey };
  })();
  return keys;
}

/** The public key the browser blinds with: { kty, n, e } (JWK). */
export function publicKeyJwk(): { kty: string; n: string; e: string } {
  const { kty, n, e } = rsaKeyPair().publicKey;
  return { kty: String(kty), n: String(n), e: String(e) };
}

export const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
export const fromBase64Url = (text: string) => new Uint8Array(Buffer.from(text, "base64url"));

/** The blind signature of a blinded message, or null when it is not one. */
export async function blindSign(blinded: Uint8Array): Promise<Uint8Array | null> {
  if (blinded.length !== BLIND_BYTES) return null;
  try {
    return await suite().blindSign((await cryptoKeys()).privateKey, blinded);
  } catch {
    return null;
  }
}

/** SHA-256 of a token whose signature verifies (what SpentToken stores), or null. */
export async function verifiedTokenHash(token: Uint8Array, signature: Uint8Array): Promise<string | null> {
  if (token.length < 32 || token.length > 256 || signature.length !== BLIND_BYTES) return null;
  try {
    if (!(await suite().verify((await cryptoKeys()).publicKey, signature, token))) return null;
  } catch {
    return null;
  }
  return createHash("sha256").update(token).digest("hex");
}

/** The browser's side, for tests and the JSON API's clients: a token and its blinding. */
export async function clientBlind(publicKey: CryptoKey): Promise<{ token: Uint8Array; blinded: Uint8Array; inv: Uint8Array }> {
  const token = suite().prepare(webcrypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await suite().blind(publicKey, token);
  return { token, blinded: blindedMsg, inv };
}

export async function clientFinalize(publicKey: CryptoKey, token: Uint8Array, blindSignature: Uint8Array, inv: Uint8Array): Promise<Uint8Array> {
  return suite().finalize(publicKey, token, blindSignature, inv);
}

export async function importPublicKey(jwk: { kty: string; n: string; e: string }): Promise<CryptoKey> {
  return (await webcrypto.subtle.importKey("jwk", jwk, ALGORITHM, true, ["verify"])) as CryptoKey;
}
