import { fileTypeFromBuffer } from 'file-type';
import { sha256Hex } from './keys';

export type EvidenceKind = 'photo' | 'document';

export type UploadLimits = Readonly<Record<EvidenceKind, number>>;

const MB = 1024 * 1024;

/** The largest upload of each kind, in bytes. */
export const UPLOAD_LIMITS: UploadLimits = { photo: 15 * MB, document: 20 * MB };

/**
 * What may be uploaded as evidence, by the type its content shows. docx and xlsx are told apart by
 * file-type from the main part named in the zip's `[Content_Types].xml`; macro-enabled Office files
 * (docm, xlsm), other zips and everything else are refused.
 */
const ALLOWED = new Map<string, EvidenceKind>([
  ['image/jpeg', 'photo'],
  ['image/png', 'photo'],
  ['image/webp', 'photo'],
  ['image/heic', 'photo'],
  ['image/heif', 'photo'],
  ['application/pdf', 'document'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'document'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'document'],
]);

export const ALLOWED_MIME_TYPES: readonly string[] = [...ALLOWED.keys()];

export interface InspectedUpload {
  /** Lowercase hex; also the file's key in a `FileStore`. */
  sha256: string;
  size: number;
  mime: string;
  kind: EvidenceKind;
  /** From the content, without a dot (`jpg`, `heic`, `docx`…), whatever the declared name says. */
  extension: string;
}

export type UploadRejectedCode = 'empty' | 'type_not_allowed' | 'too_large';

export class UploadRejected extends Error {
  override readonly name = 'UploadRejected';

  constructor(
    readonly code: UploadRejectedCode,
    readonly fileName: string,
    /** What the content turned out to be, when file-type recognised it. */
    readonly detected: { mime: string; extension: string } | null = null,
    /** For `too_large`: the limit that was passed, in bytes. */
    readonly limit: number | null = null,
  ) {
    super(`${fileName}: ${code}${detected ? ` (${detected.mime})` : ''}`);
  }
}

/** Decides what an upload is from its bytes; the declared name is only used to name it in a refusal. */
export async function inspectUpload(
  bytes: Uint8Array,
  declaredName: string,
  limits: UploadLimits = UPLOAD_LIMITS,
): Promise<InspectedUpload> {
  if (bytes.length === 0) throw new UploadRejected('empty', declaredName);
  const type = await fileTypeFromBuffer(bytes);
  const detected = type ? { mime: type.mime, extension: type.ext } : null;
  const kind = type && ALLOWED.get(type.mime);
  if (!type || !kind) throw new UploadRejected('type_not_allowed', declaredName, detected);
  if (bytes.length > limits[kind]) throw new UploadRejected('too_large', declaredName, detected, limits[kind]);
  return { sha256: sha256Hex(bytes), size: bytes.length, mime: type.mime, kind, extension: type.ext };
}
