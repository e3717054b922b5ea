import { contract, isChannel, type Channel, type Output } from '../../shared/ipc/contract';
import { fail, ok, UserError, type Result } from '../../shared/ipc/result';
import type { Handlers } from './backend';

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * Every host calls this: validates the channel and the input, runs the handler, validates the
 * output, and turns every error into a Result. Internal errors are logged, not leaked in detail.
 */
export async function dispatch(handlers: Handlers, channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('invalid_input', `Unknown channel: ${String(channel).slice(0, 100)}`);
  const spec = contract[channel];
  const input = spec.input.safeParse(rawInput ?? {});
  if (!input.success) return fail('invalid_input', `Invalid input for ${channel}: ${describeIssues(input.error)}`);
  try {
    const handler = handlers[channel] as (i: unknown) => Promise<Output<Channel>> | Output<Channel>;
    const value = await handler(input.data);
    const output = spec.output.safeParse(value);
    if (!output.success) {
      console.error(`[casefile] ${channel} produced an invalid output: ${describeIssues(output.error)}`);
      return fail('internal', `Internal error in ${channel}: the result did not match the contract.`);
    }
    return ok(output.data);
  } catch (error) {
    if (error instanceof UserError) return fail(error.code, error.message, error.messageCode);
    console.error(`[casefile] ${channel} failed:`, error);
    return fail('internal', `Internal error in ${channel}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
