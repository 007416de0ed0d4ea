import type { PostingDetail } from '@onestop/contracts';
import { Button, Fieldset, Radio } from '@trussworks/react-uswds';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields';
import { errorText } from '../../../components/form-errors';
import { useOccupationTitles, useUpdatePosting } from '../postings-api';

interface OccupationPanelProps {
  posting: PostingDetail;
  onNotice(text: string): void;
}

/**
 * The posting's O*NET-SOC occupation: the autocoder's suggestion with its confidence and the
 * alternatives it weighed, which staff may override by picking another or searching titles. A
 * chosen code stays when the title changes; handing it back lets the autocoder choose again.
 */
export function OccupationPanel({ posting, onNotice }: OccupationPanelProps) {
  const { t } = useTranslation();
  const update = useUpdatePosting(posting.id);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titles = useOccupationTitles(q);
  const occupation = posting.occupation;
  const alternatives = posting.occupationAlternatives.filter(
    (alt) => alt.code !== occupation?.code,
  );
  const percent = (confidence: number | null) =>
    confidence === null ? null : Math.round(confidence * 100);

  const choose = (onetCode: string | null, title: string) => {
    setError(null);
    update.mutate(
      { onetCode },
      {
        onSuccess: () => {
          setQ('');
          setTyped('');
          onNotice(
            onetCode
              ? t('postings.notices.occupation', { title, code: onetCode })
              : t('postings.notices.occupationSuggested'),
          );
        },
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).id === 'posting-occupation-search') {
      event.preventDefault();
      setQ(typed.trim());
    }
  };

  return (
    <section aria-labelledby="posting-occupation-heading" className="margin-bottom-4">
      <h2 id="posting-occupation-heading">{t('postings.occupation.heading')}</h2>
      {occupation ? (
        <p>
          <span className="text-bold">
            {occupation.title} ({occupation.code})
          </span>{' '}
          {posting.occupationSource === 'staff'
            ? t('postings.occupation.chosen')
            : t('postings.occupation.suggested', {
                confidence: percent(occupation.confidence) ?? '—',
              })}
        </p>
      ) : (
        <p>{t('postings.occupation.none')}</p>
      )}
      {alternatives.length > 0 && (
        <>
          <h3 className="margin-bottom-1">{t('postings.occupation.alternatives')}</h3>
          <ul className="usa-list">
            {alternatives.slice(0, 3).map((alt) => (
              <li key={alt.code}>
                {alt.title} ({alt.code})
                {alt.confidence !== null &&
                  ` – ${t('postings.occupation.confidence', { confidence: percent(alt.confidence) })}`}
                {posting.youMayChange && (
                  <Button
                    type="button"
                    unstyled
                    className="margin-left-1"
                    disabled={update.isPending}
                    aria-label={t('postings.occupation.useNamed', { title: alt.title })}
                    onClick={() => choose(alt.code, alt.title)}
                  >
                    {t('postings.occupation.use')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{error}</p>
          </div>
        </div>
      )}
      {posting.youMayChange && (
        // Enter searches the titles: a key press in the search box, not a form of its own.
        <div className="usa-form maxw-tablet" onKeyDown={onKeyDown}>
          <TextField
            id="posting-occupation-search"
            label={t('postings.occupation.search')}
            hint={t('postings.occupation.searchHint')}
            value={typed}
            onChange={setTyped}
            maxLength={100}
            autoComplete="off"
          />
          <Button type="button" outline className="margin-top-1" onClick={() => setQ(typed.trim())}>
            {t('postings.occupation.find')}
          </Button>
          {posting.occupationSource === 'staff' && (
            <Button
              type="button"
              unstyled
              className="margin-top-1"
              disabled={update.isPending}
              onClick={() => choose(null, '')}
            >
              {t('postings.occupation.backToSuggested')}
            </Button>
          )}
          {q && titles.data && (
            <Fieldset legend={t('postings.occupation.pick')} className="margin-top-2">
              {titles.data.items.length === 0 && (
                <p role="status">{t('postings.occupation.noMatch')}</p>
              )}
              {titles.data.items.map((match) => (
                <Radio
                  key={`${match.code}-${match.title}`}
                  id={`posting-occupation-${match.code}-${match.title}`.replace(/[^\w-]/g, '_')}
                  name="posting-occupation"
                  value={match.code}
                  label={`${match.title} (${match.code})`}
                  labelDescription={
                    match.title !== match.occupationTitle ? match.occupationTitle : undefined
                  }
                  checked={false}
                  disabled={update.isPending}
                  onChange={() => choose(match.code, match.occupationTitle)}
                />
              ))}
            </Fieldset>
          )}
        </div>
      )}
    </section>
  );
}
