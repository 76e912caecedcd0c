import { useForm } from 'react-hook-form';
import { useStrings } from '../../i18n/use-strings.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { FieldError } from '../../components/ui/field-error.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { DETAIL_FIELDS, DETAIL_MAX, type ReportDetails } from '../../storage/report-details.ts';
import { detailsResolver, formValues, type DetailField } from './details-form.ts';

interface Props {
  details: ReportDetails | undefined;
  backHref: string;
  onSave: (details: ReportDetails | undefined) => void;
}

const TEXT_FIELDS = DETAIL_FIELDS.filter((f) => f !== 'assessmentDate' && f !== 'status');
const fieldId = (field: DetailField) => `details-${field}`;

/** Report details: optional fields for the report's cover, one page, one Save. The engine never reads them. */
export function DetailsStep({ details, backHref, onSave }: Props) {
  const t = useStrings();
  const form = useForm({ resolver: detailsResolver(t), defaultValues: formValues(details), shouldFocusError: false });
  const { errors, submitCount } = form.formState;
  const list = DETAIL_FIELDS.flatMap((f) => {
    const message = errors[f]?.message;
    return message ? [{ fieldId: f === 'status' ? `${fieldId(f)}-draft` : fieldId(f), message }] : [];
  });
  const headingRef = useFocusHeading<HTMLHeadingElement>('details');
  usePageTitle(t.details.heading, list.length > 0);
  const error = (f: DetailField) => errors[f]?.message;
  const describedBy = (f: DetailField, hint = false) =>
    [hint ? `${fieldId(f)}-hint` : '', error(f) ? `${fieldId(f)}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <BackLink href={backHref}>{t.back}</BackLink>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorSummary errors={list} focusKey={submitCount} />
        <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
          {t.details.heading}
        </h1>
        <p>{t.details.lead}</p>
        <form noValidate onSubmit={form.handleSubmit((values) => onSave(values))}>
          {TEXT_FIELDS.map((f) => (
            <div key={f} className={`form-group${error(f) ? ' form-group--error' : ''}`}>
              <label className="label" htmlFor={fieldId(f)}>
                {t.details[f]}
              </label>
              <FieldError id={`${fieldId(f)}-error`} message={error(f)} />
              <input
                type="text"
                id={fieldId(f)}
                className={`input${error(f) ? ' input--error' : ''}`}
                autoComplete={f === 'organisation' ? 'organization' : 'off'}
                maxLength={DETAIL_MAX + 50}
                aria-describedby={describedBy(f)}
                aria-invalid={error(f) ? true : undefined}
                {...form.register(f)}
              />
            </div>
          ))}
          <div className={`form-group${error('assessmentDate') ? ' form-group--error' : ''}`}>
            <label className="label" htmlFor={fieldId('assessmentDate')}>
              {t.details.assessmentDate}
            </label>
            <div className="hint" id={`${fieldId('assessmentDate')}-hint`}>
              {t.details.assessmentDateHint}
            </div>
            <FieldError id={`${fieldId('assessmentDate')}-error`} message={error('assessmentDate')} />
            <input
              type="date"
              id={fieldId('assessmentDate')}
              className={`input input--date${error('assessmentDate') ? ' input--error' : ''}`}
              aria-describedby={describedBy('assessmentDate', true)}
              aria-invalid={error('assessmentDate') ? true : undefined}
              {...form.register('assessmentDate')}
            />
          </div>
          <div className={`form-group${error('status') ? ' form-group--error' : ''}`}>
            <fieldset className="fieldset" aria-describedby={describedBy('status')}>
              <legend className="label fieldset__legend">{t.details.status}</legend>
              <FieldError id={`${fieldId('status')}-error`} message={error('status')} />
              <div className="radios radios--inline">
                {(['draft', 'final'] as const).map((value) => (
                  <div className="radios__item" key={value}>
                    <input className="radios__input" type="radio" id={`${fieldId('status')}-${value}`} value={value} {...form.register('status')} />
                    <label className="choice__label" htmlFor={`${fieldId('status')}-${value}`}>
                      {t.details[value]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="button">
            {t.details.save}
          </button>
        </form>
      </main>
    </>
  );
}
