import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../platform/errors/app-error.js';
import { firstControlCharacter } from '../../platform/http/input/hostile-text.js';

/** zxcvbn's score 3: about 10^8 guesses, "safely unguessable" against a throttled online attack. */
const MINIMUM_SCORE = 3;

interface Refusal {
  readonly rule: string;
  readonly message: string;
}

/** Built on first use: loading the dictionaries costs tens of milliseconds that boot does not need. */
let estimator: ZxcvbnFactory | undefined;

/**
 * The rules a new password must meet beyond its length (the request schema checks 12..1024), in order:
 * no control characters, not only whitespace, not the username, and not easy to guess for zxcvbn-ts
 * (dictionaries of common passwords, keyboard patterns, repeats, sequences, and the username itself).
 * Throws a 422 naming the rule in `errors[0].code`.
 */
export function assertAcceptablePassword(password: string, username: string): void {
  const refusal = refusalOf(password, username);
  if (!refusal) return;
  throw new AppError('PASSWORD_REJECTED', refusal.message, {
    diagnostics: [{ code: refusal.rule, severity: 'error', path: '/password', message: refusal.message }],
  });
}

function refusalOf(password: string, username: string): Refusal | undefined {
  // Control characters cannot be typed at a login prompt, and NUL is cut by some clients.
  if (firstControlCharacter(password, false) !== undefined) {
    return { rule: 'PASSWORD_CONTROL_CHARACTER', message: 'The password contains a control character.' };
  }
  if (password.trim() === '') {
    return { rule: 'PASSWORD_BLANK', message: 'The password is only whitespace.' };
  }
  if (password.trim().toLowerCase() === username.toLowerCase()) {
    return { rule: 'PASSWORD_IS_USERNAME', message: 'The password is the username.' };
  }
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const result = estimator.check(password, [username]);
  if (result.score >= MINIMUM_SCORE) return undefined;
  // The language-common package carries no translations: zxcvbn's feedback comes as stable keys.
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(', ');
  return {
    rule: 'PASSWORD_TOO_GUESSABLE',
    message:
      `The password is too easy to guess (zxcvbn strength ${result.score} of 4, at least ${MINIMUM_SCORE} needed)` +
      (hints ? `; zxcvbn feedback: ${hints}.` : '.'),
  };
}
