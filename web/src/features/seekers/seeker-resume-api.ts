import type { ResumeUploadList, ResumeUploadResult, SavedResume } from '@onestop/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';
import { uploadBody } from '../portal/resume/resume-api';
import type { ResumeTarget } from '../portal/resume/resume-target';

export const seekerResumeKeys = {
  resume: (seekerId: string) => ['seekers', 'resume', seekerId] as const,
  uploads: (seekerId: string) => ['seekers', 'resume-uploads', seekerId] as const,
};

export const seekerResumeBase = (seekerId: string) => `/api/v1/seekers/${seekerId}/resume`;

/** The resume tab's reads, made only once the tab is opened (`enabled`). */
export function useSeekerResume(seekerId: string, enabled: boolean) {
  return useQuery({
    queryKey: seekerResumeKeys.resume(seekerId),
    queryFn: ({ signal }) => api.get<SavedResume>(seekerResumeBase(seekerId), { signal }),
    enabled,
  });
}

export function useSeekerResumeUploads(seekerId: string, enabled: boolean) {
  return useQuery({
    queryKey: seekerResumeKeys.uploads(seekerId),
    queryFn: ({ signal }) =>
      api.get<ResumeUploadList>(`${seekerResumeBase(seekerId)}/uploads`, { signal }),
    enabled,
  });
}

/** What the record's Résumé tab says when staff come back to it after saving. */
export type ResumeNotice =
  { notice: 'resumeSaved' } | { notice: 'resumeUploadSaved'; file: string };

export function resumeNoticeOf(state: unknown): ResumeNotice | null {
  const value = state as Partial<{ notice: string; file: string }> | null;
  if (value?.notice === 'resumeSaved') return { notice: 'resumeSaved' };
  if (value?.notice === 'resumeUploadSaved' && value.file) {
    return { notice: 'resumeUploadSaved', file: value.file };
  }
  return null;
}

/**
 * Staff working on a job seeker's resume (SEEK-7, SEEK-8), through the staff session: the server
 * checks the seekers module level, the Résumé tab and the record's office (SEC-2, SEC-3, SEC-4).
 */
export function seekerResumeTarget(seekerId: string, person: string): ResumeTarget {
  const base = seekerResumeBase(seekerId);
  const record = `/seekers/${seekerId}`;
  return {
    kind: 'staff',
    person,
    resumeKey: seekerResumeKeys.resume(seekerId),
    freshOnOpen: true,
    loadResume: (signal) => api.get<SavedResume>(base, { signal }),
    saveResume: (body) => api.put<SavedResume>(base, body),
    uploadFile: (file) =>
      apiRequest<ResumeUploadResult>('POST', `${base}/upload`, { raw: uploadBody(file) }),
    staleAfterSave: [seekerResumeKeys.uploads(seekerId)],
    staleAfterUpload: [seekerResumeKeys.uploads(seekerId)],
    downloadUrl: (format) => `${base}/download?format=${format}`,
    builderPath: `${record}/resume`,
    afterSave: ({ upload }) => {
      const notice: ResumeNotice = upload
        ? { notice: 'resumeUploadSaved', file: upload }
        : { notice: 'resumeSaved' };
      // `tab` asks the record's page to open on its Résumé tab, where the notice is shown.
      return { to: record, state: { tab: 'seekers.resume', ...notice } };
    },
  };
}
