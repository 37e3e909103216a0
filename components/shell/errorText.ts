import { getErrorMessage } from 'react-error-boundary';

/** A thrown value as one line for the user: "RangeError: Maximum call stack size exceeded". */
export function errorText(error: unknown): string {
  const message = getErrorMessage(error) ?? String(error);
  const name = error instanceof Error && error.name && error.name !== 'Error' ? `${error.name}: ` : '';
  return `${name}${message}`;
}
