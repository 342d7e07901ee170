/** A QR code ready to draw: `size` modules square, the dark ones as one SVG path. */
export interface QrCode {
  readonly size: number;
  readonly path: string;
}

/** The dark modules of a QR matrix (`true` = dark) as one path: a rectangle per horizontal run. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x + 1;
      while (row[end]) end++;
      d += `M${x} ${y}h${end - x}v1h${x - end}z`;
      x = end;
    }
  });
  return d;
}

/**
 * The QR encoder, loaded on first use: only mode="provision" needs it, so pages that register a
 * token by its ID never fetch it. Error correction M survives a glare or a smudge on the screen;
 * the quiet zone is drawn by the view.
 */
export async function loadQrEncoder(): Promise<(text: string) => QrCode> {
  const { encode } = await import('uqr');
  return (text) => {
    const { size, data } = encode(text, { ecc: 'M', border: 0 });
    return { size, path: qrPath(data) };
  };
}
