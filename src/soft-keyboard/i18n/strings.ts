/** Every text the software keyboard shows or gives to assistive technology. */
export interface SoftKeyboardStrings {
  /** Accessible name of the keyboard (its `role="group"`). */
  keyboard: string;
  /** Label of the Shift key (upper case letters on/off). */
  shift: string;
  /** Label of the key that deletes the character before the caret. */
  backspace: string;
  /** Label of the key that empties the input. */
  clear: string;
  /** Label of the key that closes the keyboard. */
  close: string;
  /**
   * Said politely after each key press: only how many characters the input holds, never
   * which; speaking the characters would read the password aloud.
   */
  entered: (count: number) => string;
}
