import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSessionLost } from '../api/client';
import { errorText, fieldErrorsFrom, type FieldErrors } from './form-errors';

interface FormErrorState {
  message: string | null;
  fields: FieldErrors;
}

const none: FormErrorState = { message: null, fields: {} };

/**
 * Errors of one form, from its own checks or from the server, and focus on the summary after a
 * failed submit. The summary is tracked through a callback ref (`registerSummary`), so it can be
 * focused as soon as it appears.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const [state, setState] = useState<FormErrorState>(none);
  const [focusRequest, setFocusRequest] = useState(0);
  const [summary, registerSummary] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    if (focusRequest > 0) summary?.focus();
  }, [focusRequest, summary]);

  const clear = useCallback(() => setState(none), []);

  const showFieldErrors = useCallback((fields: FieldErrors) => {
    setState({ message: null, fields });
    setFocusRequest((n) => n + 1);
  }, []);

  const showServerError = useCallback(
    (error: unknown, message?: string) => {
      setState({ message: message ?? errorText(error, t), fields: fieldErrorsFrom(error) });
      // The re-sign-in dialog takes focus when the session is gone; the summary waits beneath it.
      if (!isSessionLost(error)) setFocusRequest((n) => n + 1);
    },
    [t],
  );

  return { ...state, registerSummary, clear, showFieldErrors, showServerError };
}
