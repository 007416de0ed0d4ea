import type { ResumeFormat } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../components/form-errors';
import { Notice } from '../../../components/Notice';
import { useEmailResume } from './resume-api';
import { useResumeTarget } from './resume-target';

const FORMATS: ResumeFormat[] = ['pdf', 'docx'];

interface ResumeExportsProps {
  /** The account's email is a placeholder (staff registered the person without one). */
  noEmail: boolean;
}

/**
 * SEEK-10: download the saved resume as PDF or Word, or have it emailed to oneself. Emailing is
 * the seeker's own: staff only download.
 */
export function ResumeExports({ noEmail }: ResumeExportsProps) {
  const { t } = useTranslation();
  const target = useResumeTarget();
  const email = useEmailResume();
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const send = (format: ResumeFormat) => {
    setResult(null);
    email.mutate(format, {
      onSuccess: ({ sentTo }) =>
        setResult({ kind: 'success', text: t('portal.exports.emailSent', { email: sentTo }) }),
      onError: (error) =>
        setResult({
          kind: 'error',
          // 422: no real address on the account; the server's English sentence is translated.
          text:
            error instanceof ApiError && error.status === 422
              ? t('portal.exports.emailNoAddress')
              : errorText(error, t),
        }),
    });
  };

  return (
    <>
      <ul className="usa-button-group margin-y-1">
        {FORMATS.map((format) => (
          <li key={format} className="usa-button-group__item">
            <a
              className="usa-button usa-button--outline"
              href={target.downloadUrl(format)}
              download
            >
              {t(`portal.exports.download.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      {target.kind === 'own' &&
        (noEmail ? (
          <p>{t('portal.exports.emailNoAddress')}</p>
        ) : (
          <ul className="usa-button-group margin-y-1">
            {FORMATS.map((format) => (
              <li key={format} className="usa-button-group__item">
                <Button
                  type="button"
                  outline
                  disabled={email.isPending}
                  onClick={() => send(format)}
                >
                  {t(`portal.exports.email.${format}`)}
                </Button>
              </li>
            ))}
          </ul>
        ))}
      <Notice kind={result?.kind ?? 'success'}>{result?.text}</Notice>
    </>
  );
}
