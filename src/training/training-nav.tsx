import './training-nav.css';
import { trainingNavFor } from '../i18n/training-nav.ts';
import { useStrings } from '../i18n/use-strings.ts';

/** Links to the training pages, at the top of every page (so also from the result to its decision path). */
export function TrainingNav() {
  const nav = trainingNavFor(useStrings().lang);
  return (
    <nav className="training-nav" aria-label={nav.label}>
      <ul>
        <li>
          <a href="#/examples">{nav.examples}</a>
        </li>
        <li>
          <a href="#/quiz">{nav.quiz}</a>
        </li>
        <li>
          <a href="#/glossary">{nav.glossary}</a>
        </li>
        <li>
          <a href="#/path">{nav.path}</a>
        </li>
      </ul>
    </nav>
  );
}
