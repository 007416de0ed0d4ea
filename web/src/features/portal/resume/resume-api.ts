import type {
  EmailResumeResult,
  PortalHome,
  ResumeFormat,
  ResumeUploadResult,
  SavedResume,
  SaveResumeRequest,
} from '@onestop/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { portalApi, portalRequest, PORTAL_BASE } from '../portal-api';
import { PORTAL_QUERY_KEY } from '../session/PortalSessionProvider';

export const portalKeys = {
  home: [...PORTAL_QUERY_KEY, 'home'] as const,
  resume: [...PORTAL_QUERY_KEY, 'resume'] as const,
};

/** SEEK-8: the largest file the server takes (5 MiB); checked here too, before sending it. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const UPLOAD_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** SEEK-11: resume status and the job lists of the seeker's home page. */
export function usePortalHome() {
  return useQuery({
    queryKey: portalKeys.home,
    queryFn: ({ signal }) => portalApi.get<PortalHome>(`${PORTAL_BASE}/home`, { signal }),
  });
}

/** The saved resume, or a new one prefilled from the seeker's record. */
export function usePortalResume() {
  return useQuery({
    queryKey: portalKeys.resume,
    queryFn: ({ signal }) => portalApi.get<SavedResume>(`${PORTAL_BASE}/resume`, { signal }),
    // The builder copies it into its own state once; a background refetch would change nothing.
    staleTime: Infinity,
  });
}

/** SEEK-7, SEEK-9: saves the whole resume and whether employers may search it. */
export function useSaveResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveResumeRequest) =>
      portalApi.put<SavedResume>(`${PORTAL_BASE}/resume`, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(portalKeys.resume, saved);
      await queryClient.invalidateQueries({ queryKey: portalKeys.home });
    },
  });
}

/** The type the server accepts for a file: by its extension when the browser gives none. */
export function uploadContentType(file: File): string {
  if (Object.values(UPLOAD_TYPES).includes(file.type)) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return UPLOAD_TYPES[extension] ?? 'application/octet-stream';
}

/** SEEK-8: sends the file as it is; the answer is a draft, and the saved resume is untouched. */
export function useUploadResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      portalRequest<ResumeUploadResult>('POST', `${PORTAL_BASE}/resume/upload`, {
        raw: {
          data: file,
          contentType: uploadContentType(file),
          headers: { 'x-file-name': encodeURIComponent(file.name) },
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.home }),
  });
}

/** SEEK-10: queues an email with the resume attached, to the seeker's own address. */
export function useEmailResume() {
  return useMutation({
    mutationFn: (format: ResumeFormat) =>
      portalApi.post<EmailResumeResult>(`${PORTAL_BASE}/resume/email`, { format }),
  });
}

export function resumeDownloadUrl(format: ResumeFormat): string {
  return `${PORTAL_BASE}/resume/download?format=${format}`;
}
