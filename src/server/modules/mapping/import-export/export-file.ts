import { z } from 'zod';

/** A file the API sends as a download. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  rows: number;
}

/** More than any Kommune keeps; the export is one file, not paged. */
export const MAX_EXPORT_ROWS = 100_000;

/** The calendar day in Germany (file names of exports). */
export function todayInGermany(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** attachment; filename="…" (ASCII file names only, so no extended form is needed). */
export const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`;

/** The response schema of a download: buffers bypass the serializer, so this only documents the file in OpenAPI. */
export const downloadSchema = (description: string) => z.any().meta({ description, type: 'string', format: 'binary' });

interface DownloadReply {
  header(key: string, value: string): unknown;
  type(contentType: string): unknown;
  send(payload: Buffer | string): unknown;
}

/** Sends a file as a download under its own name and type. */
export function sendFile<R extends DownloadReply>(reply: R, file: { fileName: string; contentType: string; body: Buffer | string }): R {
  reply.header('Content-Disposition', attachment(file.fileName));
  reply.type(file.contentType);
  reply.send(file.body);
  return reply;
}
