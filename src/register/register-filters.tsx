/** The register's filters: tier, role, status, deadline, search and outdated; they apply as they change. */
import { useStrings } from '../i18n/use-strings.ts';
import { ROLES, TIERS } from '../questionnaire/kinds.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { RegisterFilter } from './register-filter.ts';

interface Props {
  filter: RegisterFilter;
  onChange: (filter: RegisterFilter) => void;
  questionnaire: Questionnaire;
}

interface SelectProps<V extends string> {
  id: string;
  label: string;
  /** The first choice, which filters nothing. */
  any: string;
  value: V | '' | undefined;
  options: readonly (readonly [V, string])[];
  /** '' when the first choice is taken. */
  onChange: (value: V | '') => void;
}

/** One labelled choice among the filter's values, or none. */
function FilterSelect<V extends string>({ id, label, any, value, options, onChange }: SelectProps<V>) {
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>{label}</label>
      <select className="input" id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{any}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

export function RegisterFilters({ filter, onChange, questionnaire }: Props) {
  const t = useStrings();
  const r = t.register;
  const set = (patch: Partial<RegisterFilter>) => onChange({ ...filter, ...patch });
  const tierTitle = (tier: string) => questionnaire.outcomes.find((o) => o.tier === tier)?.title ?? tier;
  return (
    <form className="register-filters" role="search" aria-labelledby="register-filters-title" onSubmit={(e) => e.preventDefault()}>
      <h2 className="heading-s" id="register-filters-title">{r.filters}</h2>
      <div className="register-filters__grid">
        <div className="form-group">
          <label className="label" htmlFor="register-search">{r.search}</label>
          <input className="input" id="register-search" type="search" value={filter.search ?? ''} onChange={(e) => set({ search: e.target.value })} />
        </div>
        <FilterSelect id="register-tier" label={r.tier} any={r.any} value={filter.tier} options={TIERS.map((tier) => [tier, tierTitle(tier)])} onChange={(tier) => set({ tier })} />
        <FilterSelect id="register-role" label={r.role} any={r.any} value={filter.role} options={ROLES.map((role) => [role, t.roles[role]])} onChange={(role) => set({ role })} />
        <FilterSelect id="register-status" label={r.status} any={r.any} value={filter.status} options={[['draft', r.draft], ['final', r.final]]} onChange={(status) => set({ status })} />
        <div className="form-group">
          <label className="label" htmlFor="register-deadline">{r.deadlineBefore}</label>
          <input className="input" id="register-deadline" type="date" value={filter.deadlineBefore ?? ''} onChange={(e) => set({ deadlineBefore: e.target.value })} />
        </div>
      </div>
      <div className="checkboxes__item">
        <input className="checkboxes__input" id="register-outdated" type="checkbox" checked={filter.outdated ?? false} onChange={(e) => set({ outdated: e.target.checked })} />
        <label className="choice__label" htmlFor="register-outdated">{r.outdatedOnly}</label>
      </div>
      <button type="button" className="button button--secondary" onClick={() => onChange({})}>{r.clear}</button>
    </form>
  );
}
