import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { DomainError, ErrorCode } from '../../core/errors.js';

// Photos of flipcharts and paper sheets, from a phone or a laptop. Whatever a file is called or claims to be, its
// content decides: only real JPEG, PNG, WebP or HEIF/AVIF images are taken. Each is turned the right way up,
// made at most 2000 pixels on its longest side and stored as a new JPEG, which carries no metadata at all: no
// location, no camera, no time.
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
export const MAX_PHOTO_SIDE = 2000;
// A small file that unpacks into a giant image is refused before it is decoded.
const MAX_INPUT_PIXELS = 60_000_000;
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'image/avif']);

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const tooLarge = (bytes: number | null): DomainError =>
  new DomainError(
    ErrorCode.IMAGE_REFUSED,
    bytes
      ? `This file is ${megabytes(bytes)}; a photo can be at most ${megabytes(MAX_PHOTO_BYTES)}. Take the photo again at a lower resolution, or send a smaller copy.`
      : `This file is larger than ${megabytes(MAX_PHOTO_BYTES)}, the most a photo can be. Send a smaller copy.`,
    { reason: 'TOO_LARGE', maxBytes: MAX_PHOTO_BYTES },
  );

const notAPhoto = (found: string | undefined): DomainError =>
  new DomainError(
    ErrorCode.IMAGE_REFUSED,
    found
      ? `This file is not a photo (its content is ${found}): send a JPEG, PNG or WebP image.`
      : 'This file is not a photo: send a JPEG, PNG or WebP image.',
    { reason: 'NOT_AN_IMAGE' },
  );

export interface StoredImage {
  data: Buffer;
  width: number;
  height: number;
  contentType: 'image/jpeg';
}

export async function prepareImage(input: Buffer): Promise<StoredImage> {
  if (input.length > MAX_PHOTO_BYTES) throw tooLarge(input.length);
  const type = await fileTypeFromBuffer(input);
  if (!type || !ACCEPTED.has(type.mime)) throw notAPhoto(type?.mime);
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      // The way the camera held it (EXIF orientation) becomes the way the pixels are; then the EXIF goes.
      .rotate()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, contentType: 'image/jpeg' };
  } catch {
    throw new DomainError(
      ErrorCode.IMAGE_REFUSED,
      'This photo could not be read: it may be damaged, or too large in pixels. Try another copy of it.',
      { reason: 'UNREADABLE' },
    );
  }
}
