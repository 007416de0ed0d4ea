import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { StarRating } from './StarRating';

describe('StarRating', () => {
  it('MATCH-1: says "4 of 5 stars" to screen readers and hides the star characters from them', () => {
    const { container } = render(<StarRating stars={4} />);
    expect(screen.getByText('4 of 5 stars').className).toContain('usa-sr-only');
    const visual = container.querySelector('[aria-hidden="true"]');
    expect(visual?.textContent).toBe('★★★★☆');
  });

  it('MATCH-1: one star, none, and values out of range kept to 0..5', () => {
    const { container, rerender } = render(<StarRating stars={1} />);
    expect(screen.getByText('1 of 5 stars')).toBeTruthy();
    rerender(<StarRating stars={0} />);
    expect(screen.getByText('0 of 5 stars')).toBeTruthy();
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('☆☆☆☆☆');
    rerender(<StarRating stars={7} />);
    expect(screen.getByText('5 of 5 stars')).toBeTruthy();
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('★★★★★');
  });

  it('MATCH-1: in Spanish', async () => {
    await i18n.changeLanguage('es');
    render(<StarRating stars={3} />);
    expect(screen.getByText('3 de 5 estrellas')).toBeTruthy();
  });
});
