"use client";

import { useId, useState } from "react";
import { STANDARD_NAMES } from "@/lib/intake/words";
import { servingShare, WHOLE_NUTS_FROM_AGE } from "@/lib/intake/portions";
import { AGE_YEARS, APPETITE_LABELS, APPETITES, CONDITION_LABELS, CONDITIONS, LIFE_STAGE_AGES, LIFE_STAGES, lifeStageApplies, oneOf, SEXES, STANDARDS } from "@/lib/constants";
import type { Profile } from "@/lib/schema/day";
import { CheckGroup } from "./check-group";

type Props = { profile: Profile; onChange: (profile: Profile) => void };

/** Pregnancy and breastfeeding only exist for women 14 to 50; the choice is dropped when it no longer applies. */
function withLifeStage(profile: Profile): Profile {
  return lifeStageApplies(profile.sex, profile.ageYears) ? profile : { ...profile, lifeStage: null };
}

/** Who the person is: age, sex, life stage where it applies, and the reference standard. */
export function ProfileForm({ profile, onChange }: Props) {
  const id = useId();
  // The age field keeps what the person typed, even while it is not yet a valid age.
  const [ageText, setAgeText] = useState<string | null>(null);
  // A new day's age is not the person's until they give it: the field starts empty and asks.
  const asking = profile.ageGiven === false && ageText === null;
  const shownAge = ageText ?? (asking ? "" : String(profile.ageYears));
  const conditions = profile.conditions ?? [];
  const ageValid = asking || (/^\d{1,3}$/.test(shownAge.trim()) && Number(shownAge) >= AGE_YEARS.min && Number(shownAge) <= AGE_YEARS.max);

  function update(next: Partial<Profile>) {
    onChange(withLifeStage({ ...profile, ...next }));
  }

  return (
    <div className="profile-form">
      <div className="field">
        <label htmlFor={`${id}-age`}>Age</label>
        <input
          id={`${id}-age`}
          type="number"
          inputMode="numeric"
          min={AGE_YEARS.min}
          max={AGE_YEARS.max}
          step={1}
          value={shownAge}
          placeholder="Your age"
          aria-invalid={!ageValid}
          aria-describedby={`${id}-age-help`}
          onChange={(event) => {
            const text = event.target.value;
            setAgeText(text);
            const years = Number(text);
            if (/^\d{1,3}$/.test(text.trim()) && years >= AGE_YEARS.min && years <= AGE_YEARS.max) {
              const given: Profile = { ...profile, ageYears: years };
              delete given.ageGiven;
              onChange(withLifeStage(given));
            }
          }}
          onBlur={() => {
            if (ageValid) setAgeText(null);
          }}
        />
        <p id={`${id}-age-help`} className={ageValid ? "help" : "help error"}>
          {asking
            ? `Enter your age: it sets your targets. Until you do, they are an adult's of ${profile.ageYears}.`
            : ageValid
              ? "Years"
              : `Enter an age from ${AGE_YEARS.min} to ${AGE_YEARS.max}; targets use ${profile.ageYears} until then.`}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sex`}>Sex</label>
        <select id={`${id}-sex`} value={profile.sex} onChange={(event) => update({ sex: oneOf(SEXES, event.target.value) })}>
          <option value="female">Female</option>
          <option value="male">Male</option>
        </select>
      </div>
      {lifeStageApplies(profile.sex, profile.ageYears) ? (
        <div className="field">
          <label htmlFor={`${id}-stage`}>Life stage</label>
          <select
            id={`${id}-stage`}
            value={profile.lifeStage ?? "none"}
            onChange={(event) =>
              update({ lifeStage: event.target.value === "none" ? null : oneOf(LIFE_STAGES, event.target.value) })
            }
          >
            <option value="none">None</option>
            <option value="pregnant">Pregnant</option>
            <option value="lactating">Breastfeeding</option>
          </select>
        </div>
      ) : (
        <p className="help field-note">
          Pregnancy and breastfeeding targets are offered for women aged {LIFE_STAGE_AGES.min} to {LIFE_STAGE_AGES.max}.
        </p>
      )}
      <div className="field field-wide">
        <label htmlFor={`${id}-standard`}>Reference standard</label>
        <select
          id={`${id}-standard`}
          value={profile.standard}
          onChange={(event) => update({ standard: oneOf(STANDARDS, event.target.value) })}
        >
          {STANDARDS.map((standard) => (
            <option key={standard} value={standard}>
              {STANDARD_NAMES[standard]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-appetite`}>Portion size</label>
        <select
          id={`${id}-appetite`}
          value={profile.appetite ?? "usual"}
          onChange={(event) => {
            const appetite = oneOf(APPETITES, event.target.value);
            update({ appetite: appetite === "usual" ? undefined : appetite });
          }}
        >
          {APPETITES.map((appetite) => (
            <option key={appetite} value={appetite}>
              {APPETITE_LABELS[appetite]}
            </option>
          ))}
        </select>
        {servingShare(profile.ageYears) < 1 ? (
          <p className="help">
            Suggested servings for a child of {profile.ageYears} are {servingShare(profile.ageYears) === 0.5 ? "half" : "three-quarters of"} an
            adult&apos;s{profile.ageYears < WHOLE_NUTS_FROM_AGE ? ", with nut butter or ground seeds instead of whole nuts, and dried fruit chopped" : ""}.
          </p>
        ) : null}
      </div>
      <CheckGroup
        legend="Health conditions"
        className="checks field-wide"
        options={CONDITIONS}
        labels={CONDITION_LABELS}
        chosen={conditions}
        onChange={(next) => update({ conditions: next.length > 0 ? next : undefined })}
      >
        <p className="help">
          Medicines that raise potassium include ACE inhibitors (such as lisinopril, ramipril), angiotensin receptor
          blockers (such as losartan) and potassium-sparing diuretics (such as spironolactone). With either, the
          potassium target is set aside and suggestions pick the foods lowest in potassium.
        </p>
      </CheckGroup>
    </div>
  );
}
