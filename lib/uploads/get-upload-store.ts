import { env } from "@/lib/config/env";
import { localUploadStore, s3UploadStore, type UploadStore } from "./upload-store";

let store: UploadStore | undefined;

/** The configured store: S3-compatible when UPLOADS_S3_BUCKET is set, else local disk. */
export function getUploadStore(): UploadStore {
  if (store) return store;
  const e = env();
  store =
    e.UPLOADS_S3_BUCKET && e.UPLOADS_S3_ACCESS_KEY_ID && e.UPLOADS_S3_SECRET_ACCESS_KEY
      ? s3UploadStore({
          bucket: e.UPLOADS_S3_BUCKET,
          region: e.UPLOADS_S3_REGION,
          endpoint: e.UPLOADS_S3_ENDPOINT,
          accessKeyId: e.UPLOADS_S3_ACCESS_KEY_ID,
          secretAccessKey: e.UPLOADS_S3_SECRET_ACCESS_KEY,
        })
      : localUploadStore(e.UPLOADS_DIR);
  return store;
}
