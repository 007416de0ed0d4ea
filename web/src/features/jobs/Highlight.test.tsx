import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlight } from './Highlight';

describe('search highlights', () => {
  it('SEEK-11: marks the matched runs and shows markup in the text literally, never as HTML', () => {
    const { container } = render(
      <p>
        <Highlight
          runs={[
            { text: 'Use a <b>forklift</b> ', match: false },
            { text: 'forklift', match: true },
            { text: '<img src=x onerror=alert(1)>', match: false },
          ]}
        />
      </p>,
    );
    const paragraph = container.querySelector('p')!;
    expect(paragraph.textContent).toBe(
      'Use a <b>forklift</b> forklift<img src=x onerror=alert(1)>',
    );
    expect(paragraph.querySelector('b')).toBeNull();
    expect(paragraph.querySelector('img')).toBeNull();
    const marks = paragraph.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('forklift');
  });
});
