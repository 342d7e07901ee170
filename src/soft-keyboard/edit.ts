// What a key press does to the target input's text: pure functions over (value, selection),
// so the element only reads the input, applies the result and announces the new length.

/** The target's text and selection; `start === end` is a caret. */
export interface TextState {
  value: string;
  start: number;
  end: number;
}

/**
 * Replaces the selection (or inserts at the caret) with `text`, caret after it. Returns null
 * when the result would exceed `maxLength` (the input's own limit; -1 for none): a native
 * input refuses such typing too.
 */
export function insertText(state: TextState, text: string, maxLength = -1): TextState | null {
  const { value, start, end } = state;
  const next = value.slice(0, start) + text + value.slice(end);
  if (maxLength >= 0 && next.length > maxLength) return null;
  const caret = start + text.length;
  return { value: next, start: caret, end: caret };
}

/**
 * Backspace: deletes the selection, else the character before the caret (both halves of a
 * surrogate pair, so an emoji typed on the real keyboard is not split). Null when nothing
 * is before the caret.
 */
export function deleteBackward(state: TextState): TextState | null {
  const { value, start, end } = state;
  if (start !== end) return { value: value.slice(0, start) + value.slice(end), start, end: start };
  if (start === 0) return null;
  const low = value.charCodeAt(start - 1);
  const high = value.charCodeAt(start - 2);
  const isPair = start >= 2 && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  const from = start - (isPair ? 2 : 1);
  return { value: value.slice(0, from) + value.slice(end), start: from, end: from };
}

/** Clear: empties the text; null when it is already empty. */
export function clearText(state: TextState): TextState | null {
  return state.value ? { value: '', start: 0, end: 0 } : null;
}
