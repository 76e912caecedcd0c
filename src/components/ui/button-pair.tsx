/** A primary action with a secondary one beside it. */
export function ButtonPair({ primary, secondary, onPrimary, onSecondary }: { primary: string; secondary: string; onPrimary: () => void; onSecondary: () => void }) {
  return (
    <div className="button-group">
      <button type="button" className="button" onClick={onPrimary}>
        {primary}
      </button>
      <button type="button" className="button button--secondary" onClick={onSecondary}>
        {secondary}
      </button>
    </div>
  );
}
