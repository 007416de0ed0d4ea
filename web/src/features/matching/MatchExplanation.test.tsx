import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { MatchExplanation, WhyTheseStars } from './MatchExplanation';
import { fakeFinding, fakeRating } from './test/match-fixtures';

const findings = [
  ...fakeRating().findings,
  fakeFinding({
    factor: 'skills',
    outcome: 'partial',
    code: 'skills.overlap',
    params: { matched: 1, listed: 3, matchedSkills: 'epic', missingSkills: 'meditech, cerner' },
    text: '1 of 3 listed skills',
  }),
  fakeFinding({
    factor: 'pay',
    outcome: 'unknown',
    code: 'pay.mystery',
    params: {},
    text: 'Pay cannot be compared',
  }),
];

const items = () => within(screen.getByRole('list', { name: /./ })).getAllByRole('listitem');

describe('MatchExplanation', () => {
  it('MATCH-1: lists each finding with its outcome in words and a sentence from its code and params', () => {
    render(<MatchExplanation findings={findings} />);
    const list = screen.getByRole('list', { name: 'What the rating looked at' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      '✓ Met: Same occupation (29-2061.00): 30 months of experience',
      '✗ Not met: CDL class A required: none on record; caps the rating at 2 stars',
      '✓ Met: 4 miles, within the 25-mile radius',
      '◐ Partly met: 1 of 3 listed skillsHas: epicMissing: meditech, cerner',
      '? Cannot tell: Pay cannot be compared',
    ]);
    // The mark is for the eye; the outcome is said in words.
    const mark = within(rows[1]!).getByText('✗');
    expect(mark.getAttribute('aria-hidden')).toBe('true');
  });

  it('MATCH-1: in Spanish, with the server’s English text for a code it does not know', async () => {
    await i18n.changeLanguage('es');
    render(<MatchExplanation findings={findings} />);
    expect(items().map((row) => row.textContent)).toEqual([
      '✓ Cumple: Misma ocupación (29-2061.00): 30 meses de experiencia',
      '✗ No cumple: Se requiere licencia CDL clase A: no hay ninguna registrada; limita la calificación a 2 estrellas',
      '✓ Cumple: 4 millas, dentro del radio de 25 millas',
      '◐ Cumple en parte: 1 de 3 habilidades pedidasTiene: epicLe falta: meditech, cerner',
      '? No se sabe: Pay cannot be compared',
    ]);
  });

  it('MATCH-1: "Why these stars" opens and closes the explanation', async () => {
    render(
      <>
        <h3 id="title">Licensed Practical Nurse</h3>
        <WhyTheseStars id="m1" rating={fakeRating()} describedBy="title" />
      </>,
    );
    const button = screen.getByRole('button', { name: 'Why these stars' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-describedby')).toBe('title');
    expect(screen.queryByRole('list')).toBeNull();
    const user = userEvent.setup();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(region?.hidden).toBe(false);
    expect(within(region!).getAllByRole('listitem')).toHaveLength(3);
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(region?.hidden).toBe(true);
  });
});
