import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyPosting, type PostingAudience, type PostingValues } from './posting-form';
import { PostingFields } from './PostingFields';

function Harness({ audience, dispute = false }: { audience: PostingAudience; dispute?: boolean }) {
  const [values, setValues] = useState<PostingValues>(() => emptyPosting());
  return (
    <PostingFields
      values={values}
      errors={{}}
      onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
      audience={audience}
      mode="create"
      locations={[{ id: 'loc-1', label: 'Nicholasville plant – 5 Industry Rd, Nicholasville' }]}
      laborDispute={dispute}
    />
  );
}

const STAFF_ONLY = [
  'How the order came in',
  'Source (state)',
  'Source (federal)',
  'Program type',
  'Reservation',
  'Confidential staff comments',
];

describe('the job order fields', () => {
  it('JOB-5, JOB-9, JOB-10: staff see the sources, program type, reservation and comments', () => {
    render(<Harness audience="staff" />);
    for (const label of STAFF_ONLY) expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.getByRole('option', { name: /Nicholasville plant/ })).toBeTruthy();
  });

  it('JOB-1: in the employer portal the staff-only fields are hidden; the JOB-4 fields stay', () => {
    render(<Harness audience="employer" dispute />);
    for (const label of STAFF_ONLY) expect(screen.queryByLabelText(label)).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /not at issue/ })).toBeNull();
    for (const label of ['Job title', 'Job description', 'Openings', 'Hours per week'])
      expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /staffing agency/ })).toBeTruthy();
  });

  it('JOB-11: when the employer is in a labor dispute, staff confirm the position is not at issue', () => {
    render(<Harness audience="staff" dispute />);
    expect(
      screen.getByRole('checkbox', { name: /not at issue in the labor dispute/ }),
    ).toBeTruthy();
  });
});
