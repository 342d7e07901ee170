/** Every text the token field shows or announces; override any of them with `strings`. */
export interface TokenFieldStrings {
  /** Accessible name when neither the `label` attribute nor a `<label for>` names the field. */
  label: string;
  /** Validation message: `required` and empty. */
  valueMissing: string;
  /** Validation message: fewer digits than the code has. */
  tooShort: (digits: number) => string;
  /** Hint: a typed character was not a digit and was not entered. */
  notDigit: string;
  /** Hint: the input would make the code longer than `digits`, so it was not entered. */
  tooMany: (digits: number) => string;
  /** Hint: pasted text held no single code, so nothing was entered. */
  noCode: string;
}
