import type {
  EmailResumeResult,
  PortalHome,
  ResumeFormat,
  ResumeUploadResult,
  SavedResume,
} from '@onestop/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { RawBody } from '../../../api/client';
import { portalApi, portalRequest, PORTAL_BASE } from '../portal-api';
import { PORTAL_QUERY_KEY } from '../session/PortalSessionProvider';
import type { ResumeTarget } from './resume-target';

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
export function usePortalHome({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: portalKeys.home,
    queryFn: ({ signal }) => portalApi.get<PortalHome>(`${PORTAL_BASE}/home`, { signal }),
    enabled,
  });
}

/** The type the server accepts for a file: by its extension when the browser gives none. */
export function uploadContentType(file: File): string {
  if (Object.values(UPLOAD_TYPES).includes(file.type)) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return UPLOAD_TYPES[extension] ?? 'application/octet-stream';
}

/** A resume file as the raw body of an upload, with its name (SEEK-8). */
export function uploadBody(file: File): RawBody {
  return {
    data: file,
    contentType: uploadContentType(file),
    headers: { 'x-file-name': encodeURIComponent(file.name) },
  };
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

/** The seeker's own resume, in the portal's session (see resume-target.ts). */
export const portalResumeTarget: ResumeTarget = {
  kind: 'own',
  person: '',
  resumeKey: portalKeys.resume,
  freshOnOpen: false,
  loadResume: (signal) => portalApi.get<SavedResume>(`${PORTAL_BASE}/resume`, { signal }),
  saveResume: (body) => portalApi.put<SavedResume>(`${PORTAL_BASE}/resume`, body),
  uploadFile: (file) =>
    portalRequest<ResumeUploadResult>('POST', `${PORTAL_BASE}/resume/upload`, {
      raw: uploadBody(file),
    }),
  staleAfterSave: [portalKeys.home],
  staleAfterUpload: [portalKeys.home],
  downloadUrl: resumeDownloadUrl,
  builderPath: '/portal/resume',
  afterSave: ({ upload }) =>
    upload ? { to: '/portal', state: { notice: 'uploadSaved', file: upload } } : null,
};
