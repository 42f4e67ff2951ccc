// Encryption at rest for small secrets (TOTP secrets): AES-256-GCM with a key derived from
// NEXTAUTH_SECRET by HKDF-SHA256, so a copy of the database alone does not give away anyone's
// second factor. The row it belongs to is bound in as associated data, so a ciphertext copied
// into another user's row does not decrypt. Changing NEXTAUTH_SECRET makes stored secrets
// unreadable: their owners then sign in with a recovery code or ask an admin for a reset.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFrom(masterSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", masterSecret, "crisis-ledger", "totp-secret-encryption v1", 32));
}

export function encryptSecret(masterSecret: string, plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(masterSecret), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The plaintext, or null when the value was not made with this key and context (or was altered). */
export function decryptSecret(masterSecret: string, stored: string, context: string): string | null {
  const [version, payload] = stored.split(":");
  if (version !== VERSION || !payload) return null;
  const raw = Buffer.from(payload, "base64url");
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(masterSecret), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** What a user's TOTP secret is bound to. */
export function totpSecretContext(userId: number): string {
  return `user_second_factor:${userId}`;
}
