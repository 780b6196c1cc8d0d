/**
 * Personal data that never leaves for the LLM by default: e-mail addresses, phone numbers and
 * card-like numbers. Each pattern is data with an example; a card number must pass the Luhn check
 * so that order numbers and timestamps survive.
 */

interface RedactionRule {
  kind: 'email' | 'phone' | 'card';
  /** Global regular expression for candidates. */
  pattern: RegExp;
  replacement: string;
  /** Extra check on a candidate (e.g. Luhn); default: accept. */
  accept?: (match: string) => boolean;
  example: string;
}

export const REDACTION_RULES: readonly RedactionRule[] = [
  {
    kind: 'email',
    // Bounded local part (RFC 5321: 64 characters): one long word cannot make the scan quadratic.
    pattern: /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,253}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}/gu,
    replacement: '[email]',
    example: 'write to zoe.martin@example.com',
  },
  {
    kind: 'card',
    pattern: /\b\d(?:[ -]?\d){12,18}\b/g,
    replacement: '[card]',
    accept: (m) => luhn(m.replace(/\D/g, '')),
    example: 'the card 4111 1111 1111 1111 was declined',
  },
  {
    kind: 'phone',
    // +44 20 7946 0958, (555) 123-4567, 555-123-4567, 0171 234 5678: groups of digits with separators, 9-15 digits.
    pattern: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}/g,
    replacement: '[phone]',
    accept: (m) => {
      const digits = m.replace(/\D/g, '').length;
      return digits >= 9 && digits <= 15 && !/^\d{4}[-.]\d{2}[-.]\d{2}$/.test(m.trim());
    },
    example: 'call me on +44 20 7946 0958',
  },
];

export type RedactionCounts = Partial<Record<RedactionRule['kind'], number>>;

/**
 * Replaces e-mails, phone numbers and card numbers; counts what it replaced.
 *
 * @example
 * redact('mail zoe@example.com or call 555-123-4567', counts)
 * // => 'mail [email] or call [phone]'; counts => { email: 1, phone: 1 }
 */
export function redact(text: string, counts: RedactionCounts = {}): string {
  let out = text;
  for (const rule of REDACTION_RULES) {
    out = out.replace(rule.pattern, (m) => {
      if (rule.accept && !rule.accept(m)) return m;
      counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      return rule.replacement;
    });
  }
  return out;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length >= 13 && sum % 10 === 0;
}
