/** A primary action with a secondary one beside it; `quiet` shows both as secondary (when another button on the notice comes first). */
export function ButtonPair({ primary, secondary, onPrimary, onSecondary, quiet = false }: { primary: string; secondary: string; onPrimary: () => void; onSecondary: () => void; quiet?: boolean }) {
  return (
    <div className="button-group">
      <button type="button" className={quiet ? 'button button--secondary' : 'button'} onClick={onPrimary}>
        {primary}
      </button>
      <button type="button" className="button button--secondary" onClick={onSecondary}>
        {secondary}
      </button>
    </div>
  );
}
