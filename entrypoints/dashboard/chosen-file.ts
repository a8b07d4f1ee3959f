import type { ChangeEvent } from 'react';

/** The text of the file just chosen in a file input, which is cleared so the same file can be chosen again. */
export async function chosenFileText(event: ChangeEvent<HTMLInputElement>): Promise<string | undefined> {
  const input = event.currentTarget;
  const file = input.files?.[0];
  input.value = '';
  return file ? file.text() : undefined;
}
