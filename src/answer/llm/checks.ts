// Checks on a model's answer before anyone sees it as final: citation markers must point at
// passages that were given, and every number must come from the passages or the question.
// Peers' users complain of exactly these two failures (invented figures, citations that do not match).

const MARKER = /\[(\d{1,2})\]/g;
// A run of digits with its decimal point, percent sign or Chinese magnitude unit.
const NUMBER = /\d+(?:[.,]\d+)*(?:%|％|万|亿|千|百)?/g;

export interface MarkerCheck {
  text: string;
  /** 1-based passage numbers actually cited, in order of first use. */
  used: number[];
  removed: number;
}

/** Drops markers that point at no given passage; lists the ones used. */
export function checkMarkers(answer: string, passages: number): MarkerCheck {
  const used: number[] = [];
  let removed = 0;
  const text = answer.replace(MARKER, (m, n: string) => {
    const i = Number(n);
    if (i < 1 || i > passages) {
      removed++;
      return '';
    }
    if (!used.includes(i)) used.push(i);
    return m;
  });
  return { text, used, removed };
}

function fold(s: string): string {
  return s.replace(/[,，]/g, '').replace(/％/g, '%');
}

function numbersIn(text: string): string[] {
  return [...fold(text.replace(MARKER, ' ')).matchAll(NUMBER)].map((m) => m[0]);
}

/**
 * Numbers in the answer that occur neither in the passages nor in the question. Whole numbers
 * are compared (23 does not hide inside 230); a unit must match when the answer gives one.
 */
export function inventedNumbers(answer: string, sources: string[]): string[] {
  const known = new Set<string>();
  for (const n of numbersIn(sources.join('\n'))) {
    known.add(n);
    known.add(n.replace(/[%万亿千百]$/, ''));
  }
  return numbersIn(answer).filter((n) => !known.has(n));
}
