import type { CatalogQuery } from "@/lib/catalog/catalog-params";
import type { FacetValue, Facets } from "@/lib/catalog/course-facets";
import { formatCount } from "@/lib/catalog/format";
import { fieldClasses } from "../ui/input";

type Props = { facets: Facets; query: CatalogQuery; hide?: ("skill" | "provider")[] };

function CheckboxGroup({ name, legend, values, selected }: { name: string; legend: string; values: FacetValue[]; selected: string[] }) {
  if (values.length === 0) return null;
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {values.map((v) => {
        const id = `f-${name}-${v.value}`;
        const checked = selected.includes(v.value);
        // A capped count is a lower bound (search-cap.ts): a 0 there may still have matches.
        const empty = v.count === 0 && !v.capped && !checked;
        return (
          <div key={v.value} className="flex items-center gap-2 text-sm">
            <input id={id} type="checkbox" name={name} value={v.value} defaultChecked={checked} disabled={empty} className="size-4 accent-brand-700" />
            <label htmlFor={id} className={empty ? "text-slate-500" : "text-slate-800"}>
              {v.label} {v.count === 0 && v.capped ? null : <span className="text-slate-600">({formatCount(v.count, v.capped)})</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function FacetFilters({ facets, query, hide = [] }: Props) {
  return (
    <div className="space-y-6">
      {hide.includes("skill") ? null : <CheckboxGroup name="skill" legend="Skill" values={facets.skill} selected={query.skill} />}
      <CheckboxGroup name="level" legend="Level" values={facets.level} selected={query.level} />
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-sm font-semibold text-slate-900">Price</legend>
        {[{ value: "", label: "Any price", count: null, capped: false }, ...facets.price].map((p) => {
          const id = `f-price-${p.value || "any"}`;
          return (
            <div key={id} className="flex items-center gap-2 text-sm">
              <input id={id} type="radio" name="price" value={p.value} defaultChecked={(query.price ?? "") === p.value} className="size-4 accent-brand-700" />
              <label htmlFor={id} className="text-slate-800">
                {p.label} {p.count === null || (p.count === 0 && p.capped) ? null : <span className="text-slate-600">({formatCount(p.count, p.capped)})</span>}
              </label>
            </div>
          );
        })}
        <div className="flex items-end gap-2 pt-1">
          <div>
            <label htmlFor="f-price-min" className="block text-xs text-slate-700">
              Min
            </label>
            <input id="f-price-min" name="price_min" type="number" min={0} step="1" inputMode="numeric" defaultValue={query.price_min ?? ""} className={`${fieldClasses} w-20`} />
          </div>
          <div>
            <label htmlFor="f-price-max" className="block text-xs text-slate-700">
              Max
            </label>
            <input id="f-price-max" name="price_max" type="number" min={0} step="1" inputMode="numeric" defaultValue={query.price_max ?? ""} className={`${fieldClasses} w-20`} />
          </div>
        </div>
      </fieldset>
      <CheckboxGroup name="duration" legend="Duration" values={facets.duration} selected={query.duration} />
      <CheckboxGroup name="language" legend="Language" values={facets.language} selected={query.language} />
      {hide.includes("provider") ? null : <CheckboxGroup name="provider" legend="Provider" values={facets.provider} selected={query.provider} />}
    </div>
  );
}
