import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport, TransferFormat } from '../../../../domain/mapping/transfer/contracts.js';
import { api, buildUrl } from '../../../lib/api.js';

export type TransferKind = 'akteure' | 'angebote';

/** Query values of the list filters, passed on to the export. */
export type ExportFilters = Record<string, string | number | boolean | null | undefined>;

const id = encodeURIComponent;

/** The download address; the browser sends the session cookie, the server answers with the file. */
export function exportHref(kommuneId: string, kind: TransferKind, format: TransferFormat, filters: ExportFilters = {}): string {
  return buildUrl(`/api/mapping/kommunen/${id(kommuneId)}/${kind}/export`, { ...filters, format });
}

/** File bytes → base64, in slices small enough for String.fromCharCode. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface ImportRequest {
  file: File;
  format: TransferFormat;
  dryRun: boolean;
}

export function useImportFile(kommuneId: string, kind: TransferKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, format, dryRun }: ImportRequest) =>
      api<ImportReport>(`/api/mapping/kommunen/${id(kommuneId)}/${kind}/import`, { method: 'POST', body: { format, dryRun, content: await fileToBase64(file) } }),
    onSuccess: (report) => {
      // Lists, maps and analyses of the Kommune all show what the import changed.
      if (report.ok && !report.dryRun && report.created + report.updated > 0) void queryClient.invalidateQueries();
    },
  });
}
