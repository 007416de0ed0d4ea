import type { MatchFinding, MatchRating } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LOCALES } from '../../i18n';
import { wordFinding } from './finding-wording';

type Outcome = MatchFinding['outcome'];

/** Each outcome has its word and a mark, so that colour is never the only sign. */
const OUTCOME_STYLE: Record<Outcome, { mark: string; className: string }> = {
  met: { mark: '✓', className: 'bg-success-darker' },
  partial: { mark: '◐', className: 'bg-accent-warm-darker' },
  unmet: { mark: '✗', className: 'bg-secondary-darker' },
  unknown: { mark: '?', className: 'bg-base-dark' },
};

const listed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function SkillLists({ finding }: { finding: MatchFinding }) {
  const { t } = useTranslation();
  if (finding.code !== 'skills.overlap') return null;
  const has = listed(finding.params.matchedSkills);
  const missing = listed(finding.params.missingSkills);
  if (!has && !missing) return null;
  return (
    <span className="display-block font-body-2xs text-base-dark margin-top-05">
      {has && (
        <span className="display-block">
          {t('matching.explanation.hasSkills', { skills: has })}
        </span>
      )}
      {missing && (
        <span className="display-block">
          {t('matching.explanation.missingSkills', { skills: missing })}
        </span>
      )}
    </span>
  );
}

/**
 * MATCH-1: why a rating has its stars, requirement by requirement, in the page's language; each
 * finding says whether it was met, partly met, not met, or could not be told.
 */
export function MatchExplanation({ findings }: { findings: MatchFinding[] }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'en'];
  if (findings.length === 0) return <p className="margin-y-1">{t('matching.explanation.none')}</p>;
  return (
    <ul className="usa-list usa-list--unstyled" aria-label={t('matching.explanation.listLabel')}>
      {findings.map((finding, index) => {
        const style = OUTCOME_STYLE[finding.outcome];
        return (
          <li key={`${finding.code}-${String(index)}`} className="margin-bottom-1 maxw-none">
            <span className={`usa-tag ${style.className} margin-right-1`}>
              <span aria-hidden="true">{style.mark} </span>
              {t(`matching.outcomes.${finding.outcome}`)}
            </span>
            <span className="usa-sr-only">: </span>
            <span>{wordFinding(finding, t, locale)}</span>
            <SkillLists finding={finding} />
          </li>
        );
      })}
    </ul>
  );
}

interface WhyTheseStarsProps {
  /** Unique on the page: names the explanation's region. */
  id: string;
  rating: MatchRating;
  /** The id of what is rated (its heading), so that each button says which rating it explains. */
  describedBy?: string;
}

/** The explanation folded under a "Why these stars" button (a USWDS accordion of one). */
export function WhyTheseStars({ id, rating, describedBy }: WhyTheseStarsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const contentId = `${id}-why`;
  return (
    <div className="usa-accordion usa-accordion--bordered margin-top-1">
      <h4 className="usa-accordion__heading">
        <button
          type="button"
          className="usa-accordion__button"
          aria-expanded={open}
          aria-controls={contentId}
          aria-describedby={describedBy}
          onClick={() => setOpen((was) => !was)}
        >
          {t('matching.explanation.toggle')}
        </button>
      </h4>
      <div id={contentId} className="usa-accordion__content usa-prose" hidden={!open}>
        {open && <MatchExplanation findings={rating.findings} />}
      </div>
    </div>
  );
}
