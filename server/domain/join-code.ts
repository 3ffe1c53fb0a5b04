// No 0/O, 1/I/L: codes are read aloud in class and copied from projectors.
export const joinCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const joinCodeLength = 8;

/** A join code from a source of random integers in [0, n) (crypto in production). */
export function makeJoinCode(randomIndex: (n: number) => number): string {
  let code = "";
  for (let index = 0; index < joinCodeLength; index++) code += joinCodeAlphabet[randomIndex(joinCodeAlphabet.length)];
  return code;
}

/** What a student types, as stored: case, spaces and dashes do not matter. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}
