// Values of digit strings with thousands and decimal separators (already folded: ٬ -> ','
// and ٫ -> '.'). The rules, in order:
//   - both ',' and '.': the last one is the decimal mark ("1,270.5", "1.270,5");
//   - several of the same mark, every group after the first three digits long: thousands
//     ("1,270,000", "1.270.000");
//   - one ',' and a three-digit group: thousands ("12,000"); otherwise a decimal comma ("2,5");
//   - one '.' and a three-digit group: thousands ("1.270 قتيلا"), unless a scale word follows
//     ("1.250 مليون" is 1.25 million); otherwise a decimal point ("2.5").

export function digitValue(s: string, scaleFollows = false): number | null {
  const hasComma = s.includes(',');
  const hasDot = s.includes('.');
  if (hasComma && hasDot) {
    const dec = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
    const intPart = s.slice(0, dec).replace(/[.,]/g, '');
    return Number(`${intPart}.${s.slice(dec + 1)}`);
  }
  if (!hasComma && !hasDot) return Number(s);
  const mark = hasComma ? ',' : '.';
  const groups = s.split(mark);
  const threes = groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
  if (groups.length > 2) return threes ? Number(groups.join('')) : null;
  if (threes && !(mark === '.' && scaleFollows)) return Number(groups.join(''));
  return Number(`${groups[0]}.${groups[1]}`);
}
