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
        <div className="form-group">
          <label className="label" htmlFor="register-tier">{r.tier}</label>
          <select className="input" id="register-tier" value={filter.tier ?? ''} onChange={(e) => set({ tier: e.target.value as RegisterFilter['tier'] })}>
            <option value="">{r.any}</option>
            {TIERS.map((tier) => <option key={tier} value={tier}>{tierTitle(tier)}</option>)}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="register-role">{r.role}</label>
          <select className="input" id="register-role" value={filter.role ?? ''} onChange={(e) => set({ role: e.target.value as RegisterFilter['role'] })}>
            <option value="">{r.any}</option>
            {ROLES.map((role) => <option key={role} value={role}>{t.roles[role]}</option>)}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="register-status">{r.status}</label>
          <select className="input" id="register-status" value={filter.status ?? ''} onChange={(e) => set({ status: e.target.value as RegisterFilter['status'] })}>
            <option value="">{r.any}</option>
            <option value="draft">{r.draft}</option>
            <option value="final">{r.final}</option>
          </select>
        </div>
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
