import { useEffect, useRef, type ReactNode } from 'react';
import { ButtonPair } from './button-pair.tsx';

interface Props {
  id: string;
  heading: string;
  text: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  /** A first choice shown above yes and no, which then both look secondary. */
  first?: ReactNode;
}

/** Asks before something replaces the user's work; its heading takes focus so the question is read out. */
export function ConfirmNotice({ id, heading, text, yes, no, onYes, onNo, first }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="notice" role="region" aria-labelledby={id}>
      <h2 className="heading-m" id={id} tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      <p>{text}</p>
      {first}
      <ButtonPair primary={yes} secondary={no} onPrimary={onYes} onSecondary={onNo} quiet={first !== undefined} />
    </div>
  );
}
