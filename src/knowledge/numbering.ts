// Numbers of item markers: `十三`, `二十五`, `13` → 13.
import { parseNumber } from '../text/numerals.ts';

export function cnToNumber(s: string): number {
  return parseNumber(s) ?? 0;
}
