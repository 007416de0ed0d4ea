import type { ReactNode } from 'react';

/** The narrow white card that holds the sign-in and registration forms, as on the staff sign-in. */
export function AccountCard({ children, wide }: { children: ReactNode; wide?: boolean }) {
  const columns = wide ? 'desktop:grid-col-8' : 'desktop:grid-col-6';
  return (
    <div className="grid-row flex-justify-center">
      <div className={`grid-col-12 tablet:grid-col-10 ${columns}`}>
        <div className="bg-white padding-y-3 padding-x-4 border border-base-lighter radius-md margin-y-4">
          {children}
        </div>
      </div>
    </div>
  );
}
