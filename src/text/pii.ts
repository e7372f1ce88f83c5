// Personal data does not belong in logs or in stored questions: mainland mobile numbers and
// 18-digit resident ID numbers are masked wherever text is kept.
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const RESIDENT_ID = /(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])/g;

export function maskPii(text: string): string {
  return text.replace(RESIDENT_ID, '$1********$2').replace(MOBILE, '$1****$2');
}
