import { MAX_COAT_OF_ARMS_FILE_BYTES } from './assessment';

/** The image formats accepted for a coat of arms. */
export type CoatOfArmsFormat = 'png' | 'jpeg' | 'svg';

/** Why an uploaded file cannot be a coat of arms, or its format. */
export type CoatOfArmsCheck =
  { ok: true; format: CoatOfArmsFormat } | { ok: false; reason: 'tooLarge' | 'notImage' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The format of an uploaded image, judged by its content and not by its name or the type the
 * browser guesses: PNG and JPEG by their signature, SVG by an `<svg` element near the start.
 */
export function sniffImage(bytes: Uint8Array): CoatOfArmsFormat | null {
  if (PNG.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  // An XML declaration, comments or a doctype may come first; the root element is <svg.
  if (/^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head))
    return 'svg';
  return null;
}

/** Checks an uploaded file before it is drawn: not too large, and one of the accepted formats. */
export function checkCoatOfArmsFile(bytes: Uint8Array): CoatOfArmsCheck {
  if (bytes.byteLength > MAX_COAT_OF_ARMS_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  const format = sniffImage(bytes);
  return format ? { ok: true, format } : { ok: false, reason: 'notImage' };
}

/**
 * Width and height that fit into a square of `max` pixels, keeping the proportions. A raster image
 * is only made smaller; a vector image (`grow`) is drawn as large as allowed, to stay sharp.
 */
export function fitInto(
  width: number,
  height: number,
  max: number,
  grow = false,
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: max, height: max };
  const scale = grow ? max / Math.max(width, height) : Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
