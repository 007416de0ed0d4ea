import { describe, expect, it } from 'vitest';
import { loggable } from './error-handler';

describe('what a server error logs', () => {
  it('keeps the SQL and the database’s own message but drops query parameters, which can be personal data', () => {
    const driverError = Object.assign(
      new Error(
        'Failed query: insert into staff (email) values ($1)\nparams: jane.doe@example.com,123-45-6789',
      ),
      {
        query: 'insert into staff (email) values ($1)',
        params: ['jane.doe@example.com', '123-45-6789'],
      },
    );
    driverError.cause = Object.assign(
      new Error('duplicate key value violates unique constraint "staff_email_lower_key"'),
      {
        code: '23505',
      },
    );
    const logged = JSON.stringify(loggable(driverError));
    expect(logged).toContain('insert into staff');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('jane.doe@example.com');
    expect(logged).not.toContain('123-45-6789');
  });

  it('keeps an ordinary bug’s message', () => {
    expect(loggable(new TypeError('x is not a function')).message).toBe('x is not a function');
  });
});
