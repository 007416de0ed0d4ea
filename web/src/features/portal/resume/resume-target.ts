import type {
  ResumeFormat,
  ResumeUploadResult,
  SavedResume,
  SaveResumeRequest,
} from '@onestop/contracts';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { portalResumeTarget } from './resume-api';

/** Where to go once a resume is saved, and what that page is told about it. */
export interface AfterSave {
  to: string;
  state: unknown;
}

/**
 * Whose resume the builder and the upload pages work on. The same pages serve a job seeker in the
 * portal (their own resume, their own session) and staff keeping a seeker's resume (the staff
 * session, the seeker's record): only the addresses, the caches and a few words differ.
 */
export interface ResumeTarget {
  /** `own`: the signed-in job seeker; `staff`: a staff member working on a seeker's record. */
  kind: 'own' | 'staff';
  /** The job seeker's name, for the headings staff see. */
  person: string;
  resumeKey: QueryKey;
  /**
   * Read the resume again when a page opens rather than trust the cache: staff may come back to a
   * record long after its tab loaded, and the seeker may have saved since.
   */
  freshOnOpen: boolean;
  loadResume(signal: AbortSignal): Promise<SavedResume>;
  saveResume(body: SaveResumeRequest): Promise<SavedResume>;
  uploadFile(file: File): Promise<ResumeUploadResult>;
  /** Cached reads that a save or an upload makes out of date. */
  staleAfterSave: QueryKey[];
  staleAfterUpload: QueryKey[];
  downloadUrl(format: ResumeFormat): string;
  /** The builder, where "Edit before saving" takes an upload's draft. */
  builderPath: string;
  /**
   * Where to go after the last step of the builder (`upload` null) or an upload's draft is saved;
   * null stays on the page, which then says it was saved.
   */
  afterSave(from: { upload: string | null }): AfterSave | null;
}

/** The portal needs no provider: without one, the pages work on the seeker's own resume. */
export const ResumeTargetContext = createContext<ResumeTarget>(portalResumeTarget);

export function useResumeTarget(): ResumeTarget {
  return useContext(ResumeTargetContext);
}

async function invalidate(queryClient: QueryClient, keys: QueryKey[]) {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** The saved resume, or a new one prefilled from the seeker's record. */
export function useSavedResume() {
  const target = useResumeTarget();
  return useQuery({
    queryKey: target.resumeKey,
    queryFn: ({ signal }) => target.loadResume(signal),
    // In the portal, the builder copies the resume into its state once, and only the seeker
    // changes it: a background refetch would change nothing.
    staleTime: target.freshOnOpen ? 0 : Infinity,
  });
}

/** SEEK-7, SEEK-9: saves the whole resume and whether employers may search it. */
export function useSaveResume() {
  const target = useResumeTarget();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveResumeRequest) => target.saveResume(body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(target.resumeKey, saved);
      await invalidate(queryClient, target.staleAfterSave);
    },
  });
}

/** SEEK-8: sends the file as it is; the answer is a draft, and the saved resume is untouched. */
export function useUploadResume() {
  const target = useResumeTarget();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => target.uploadFile(file),
    onSuccess: () => invalidate(queryClient, target.staleAfterUpload),
  });
}
