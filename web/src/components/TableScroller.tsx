import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on narrow screens. Only while it overflows is the wrapper a
 * focusable, named region, so keyboard users can scroll it without an extra stop otherwise.
 */
export function TableScroller({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ReactNode;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useLayoutEffect(() => {
    const element = wrapper.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setOverflows(element.scrollWidth > element.clientWidth + 1),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={wrapper}
      className="onestop-table-scroller"
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy } : {})}
    >
      {children}
    </div>
  );
}
