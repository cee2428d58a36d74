export type { FileStore } from './store';
export { assertKey, sha256Hex, thumbnailKey, THUMBNAIL_SUFFIX } from './keys';
export { diskStore } from './disk-store';
export { s3Store, type S3StoreOptions } from './s3-store';
export { storeFromEnv } from './store-from-env';
export {
  ALLOWED_MIME_TYPES,
  inspectUpload,
  UPLOAD_LIMITS,
  UploadRejected,
  type EvidenceKind,
  type InspectedUpload,
  type UploadLimits,
  type UploadRejectedCode,
} from './inspect-upload';
export { photoFacts, THUMBNAIL_WIDTH, type PhotoFacts } from './photo-facts';
export { saveEvidence, type SavedEvidence } from './save-evidence';
