import { describeError } from '@tongxing/api';

/** The message a refusal gives in Chinese; fails when the call succeeds. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!error) throw new Error('expected a refusal');
  return describeError(error, 'zh').message;
}
