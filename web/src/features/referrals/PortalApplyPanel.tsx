import type { HowToApply } from '@onestop/contracts';
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { QueryError } from '../../components/QueryError';
import { WhyTheseStars } from '../matching/MatchExplanation';
import { useMyPostingRating } from '../matching/matching-api';
import { StarRating } from '../matching/StarRating';
import { useEmailHowToApply, useHowToApply, useRequestReferral } from './referrals-api';

/** REF-3: the seeker may ask for a referral only to a 4- or 5-star match (the server checks too). */
export const SELF_REFERRAL_MIN_STARS = 4;

/**
 * On the portal's job page: how well the job fits the seeker, with why (MATCH-1); "Ask for a
 * referral" (REF-3); and "Show me how to apply", which reveals the application method and hiring
 * contact to print or email (REF-2).
 */
export function PortalApplyPanel({ postingId }: { postingId: string }) {
  const { t } = useTranslation();
  const rating = useMyPostingRating(postingId);
  const request = useRequestReferral();
  const [asked, setAsked] = useState<string | null>(null);
  const [askError, setAskError] = useState<string | null>(null);
  const [showHow, setShowHow] = useState(false);
  const stars = rating.data?.stars ?? 0;
  const mayAsk = stars >= SELF_REFERRAL_MIN_STARS;

  const ask = () => {
    setAskError(null);
    request.mutate(postingId, {
      onSuccess: (referral) =>
        setAsked(t('referrals.apply.asked', { status: t(`referrals.status.${referral.status}`) })),
      onError: (failure) => setAskError(errorText(failure, t)),
    });
  };

  return (
    <section aria-labelledby="apply-heading" className="margin-y-4">
      <h2 id="apply-heading">{t('referrals.apply.heading')}</h2>
      <h3 id="apply-rating-heading">{t('referrals.apply.yourRating')}</h3>
      {rating.isPending && <p role="status">{t('referrals.apply.ratingLoading')}</p>}
      {rating.isError && <QueryError error={rating.error} />}
      {rating.data && (
        <>
          <p className="margin-y-05">
            <StarRating stars={rating.data.stars} />
          </p>
          <WhyTheseStars
            id={`apply-${postingId}`}
            rating={rating.data}
            describedBy="apply-rating-heading"
          />
        </>
      )}
      <div className="margin-top-2">
        {!mayAsk && (
          <p className="usa-hint" id="apply-ask-hint">
            {t('referrals.apply.askHint')}
          </p>
        )}
        <Notice>{asked}</Notice>
        {askError && <Notice kind="error">{askError}</Notice>}
        <ButtonGroup>
          {!asked && (
            <Button
              type="button"
              onClick={ask}
              disabled={!mayAsk || request.isPending}
              aria-describedby={mayAsk ? undefined : 'apply-ask-hint'}
            >
              {t('referrals.apply.ask')}
            </Button>
          )}
          <Button
            type="button"
            outline
            aria-expanded={showHow}
            aria-controls="how-to-apply"
            onClick={() => setShowHow(true)}
          >
            {t('referrals.apply.showHow')}
          </Button>
        </ButtonGroup>
      </div>
      <div id="how-to-apply">{showHow && <HowToApplyDetails postingId={postingId} />}</div>
    </section>
  );
}

function HowToApplyDetails({ postingId }: { postingId: string }) {
  const { t } = useTranslation();
  const how = useHowToApply(postingId, true);
  if (how.isPending) return <p role="status">{t('referrals.apply.howLoading')}</p>;
  if (how.isError) return <QueryError error={how.error} />;
  return <Details how={how.data} />;
}

function Details({ how }: { how: HowToApply }) {
  const { t } = useTranslation();
  const email = useEmailHowToApply();
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows: [label: string, value: ReactNode][] = [];
  if (how.contactMethod)
    rows.push([
      t('referrals.apply.method'),
      t(`postings.options.contactMethod.${how.contactMethod}`),
    ]);
  if (how.contactEmail)
    rows.push([
      t('referrals.apply.email'),
      <a className="usa-link" href={`mailto:${how.contactEmail}`}>
        {how.contactEmail}
      </a>,
    ]);
  if (how.contactUrl)
    rows.push([
      t('referrals.apply.website'),
      <a className="usa-link" href={how.contactUrl} rel="noopener noreferrer" target="_blank">
        {how.contactUrl}
      </a>,
    ]);
  if (how.employerPhone) rows.push([t('referrals.apply.phone'), how.employerPhone]);
  if (how.workSite) rows.push([t('referrals.apply.workSite'), how.workSite]);
  if (how.instructions) rows.push([t('referrals.apply.instructions'), how.instructions]);

  const send = () => {
    setError(null);
    email.mutate(how.postingId, {
      onSuccess: ({ sentTo }) => setSent(t('referrals.apply.emailed', { email: sentTo })),
      onError: (failure) => setError(errorText(failure, t)),
    });
  };

  return (
    <div className="bg-base-lightest padding-2 margin-top-2">
      <h3 className="margin-top-0">{t('referrals.apply.howHeading')}</h3>
      <p className="text-bold">{how.employerName}</p>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="margin-bottom-1">
            <dt className="text-bold">{label}</dt>
            <dd className="margin-left-0">{value}</dd>
          </div>
        ))}
      </dl>
      {how.referralNote && <Notice kind="info">{how.referralNote}</Notice>}
      <Notice>{sent}</Notice>
      {error && <Notice kind="error">{error}</Notice>}
      <ButtonGroup>
        <Button type="button" outline onClick={() => window.print()}>
          {t('referrals.apply.print')}
        </Button>
        <Button type="button" outline onClick={send} disabled={email.isPending}>
          {t('referrals.apply.emailMe')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
