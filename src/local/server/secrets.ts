/** The per-start secrets of the local app: the curator's access key (with --lan), the CSRF token, the forms' key. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface Secrets {
  /** Typed or opened once by the curator on another computer of the network: short enough to read aloud. */
  accessKey: string;
  /** Sent with every write of a curator page (header x-csrf-token or field «csrf»). */
  csrfToken: string;
  /** Signs the form of a personal link, so a page elsewhere cannot post answers in a teacher's name. */
  formKey: Buffer;
}

export function newSecrets(): Secrets {
  return { accessKey: randomBytes(9).toString('base64url'), csrfToken: randomBytes(24).toString('hex'), formKey: randomBytes(32) };
}

/** Compared in constant time: the answer's timing tells nothing about how much of a guess was right. */
export function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function formToken(secrets: Secrets, questionnaireId: string, code: string): string {
  return createHmac('sha256', secrets.formKey).update(`${questionnaireId}\n${code}`).digest('hex');
}
