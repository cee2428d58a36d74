/** Account names: lower-case letters, digits, dot, underscore, hyphen; 3–40 characters. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_simple' | 'contains_username';

/** A password must be long enough and mix at least three of: lower, upper, digit, other. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) return 'contains_username';
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  return kinds >= 3 ? null : 'too_simple';
}
