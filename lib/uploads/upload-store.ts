import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

/** Where uploaded files live. Keys look like `course-cover/<uuid>.png` (see upload-key.ts). */
export interface UploadStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
}

/** Files under one directory; written to a temp name then renamed, so readers never see half a file. */
export function localUploadStore(dir: string): UploadStore {
  const full = (key: string) => path.join(dir, ...key.split("/"));
  return {
    async put(key, bytes) {
      const target = full(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, bytes);
      await rename(temp, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(full(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}

export type S3StoreConfig = { bucket: string; region: string; endpoint?: string; accessKeyId: string; secretAccessKey: string };

/**
 * An S3-compatible bucket (AWS, MinIO, R2, …). Path-style addressing works with every
 * such store; checksums only when required, because several S3-compatible stores
 * reject the SDK's default CRC headers.
 */
export function s3UploadStore(config: S3StoreConfig): UploadStore {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: Boolean(config.endpoint),
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  return {
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: bytes, ContentType: contentType }));
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey" || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw error;
      }
    },
  };
}
