// Families of ACLED types that different articles use for the same incident: one outlet's
// "shelling" is another's "clashes", but a protest is never a battle. Strategic developments
// only merge within their own sub-type (an arrest and an agreement are different things).

const FAMILY: Readonly<Record<string, string>> = {
  battles: 'armed_violence',
  explosions_remote_violence: 'armed_violence',
  violence_against_civilians: 'armed_violence',
  protests: 'demonstrations',
  riots: 'demonstrations',
};

export function typeFamily(type: string, subType: string): string {
  return FAMILY[type] ?? `${type}/${subType}`;
}
