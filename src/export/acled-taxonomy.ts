// ACLED's event types and sub-types (the codes of gold-format.md) with the English labels
// ACLED's own files use, so an export sits next to ACLED data without recoding.

export const ACLED_TYPES: Readonly<Record<string, { label: string; subTypes: Readonly<Record<string, string>> }>> = {
  battles: {
    label: 'Battles',
    subTypes: {
      armed_clash: 'Armed clash',
      government_regains_territory: 'Government regains territory',
      non_state_actor_overtakes_territory: 'Non-state actor overtakes territory',
    },
  },
  explosions_remote_violence: {
    label: 'Explosions/Remote violence',
    subTypes: {
      chemical_weapon: 'Chemical weapon',
      air_drone_strike: 'Air/drone strike',
      suicide_bomb: 'Suicide bomb',
      shelling_artillery_missile_attack: 'Shelling/artillery/missile attack',
      remote_explosive_landmine_ied: 'Remote explosive/landmine/IED',
      grenade: 'Grenade',
    },
  },
  violence_against_civilians: {
    label: 'Violence against civilians',
    subTypes: {
      sexual_violence: 'Sexual violence',
      attack: 'Attack',
      abduction_forced_disappearance: 'Abduction/forced disappearance',
    },
  },
  protests: {
    label: 'Protests',
    subTypes: {
      peaceful_protest: 'Peaceful protest',
      protest_with_intervention: 'Protest with intervention',
      excessive_force_against_protesters: 'Excessive force against protesters',
    },
  },
  riots: {
    label: 'Riots',
    subTypes: { violent_demonstration: 'Violent demonstration', mob_violence: 'Mob violence' },
  },
  strategic_developments: {
    label: 'Strategic developments',
    subTypes: {
      agreement: 'Agreement',
      arrests: 'Arrests',
      change_to_group_activity: 'Change to group/activity',
      disrupted_weapons_use: 'Disrupted weapons use',
      headquarters_or_base_established: 'Headquarters or base established',
      looting_property_destruction: 'Looting/property destruction',
      non_violent_transfer_of_territory: 'Non-violent transfer of territory',
      other: 'Other',
    },
  },
};

export const SUB_TYPES: ReadonlySet<string> = new Set(Object.values(ACLED_TYPES).flatMap((t) => Object.keys(t.subTypes)));

export const typeLabel = (type: string): string => ACLED_TYPES[type]?.label ?? type;
export const subTypeLabel = (type: string, sub: string): string => ACLED_TYPES[type]?.subTypes[sub] ?? sub;
