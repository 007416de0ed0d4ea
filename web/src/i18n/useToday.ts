import { useEffect, useState } from 'react';

function msUntilTomorrow(now: Date): number {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return tomorrow.getTime() - now.getTime() + 1000;
}

/** Today's date, which turns over at midnight for the status line of a page left open overnight. */
export function useToday(): Date {
  const [today, setToday] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setTimeout(() => setToday(new Date()), msUntilTomorrow(today));
    return () => window.clearTimeout(timer);
  }, [today]);
  return today;
}
