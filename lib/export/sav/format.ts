// The parts of the SPSS system file format (PSPP manual, "System File Format") that the
// dictionary and the case writer share: value constants, print formats, and how a string
// is laid out in 8-byte units — including "very long" strings (> 255 bytes), which are
// stored as several 255-byte segment variables and put back together by the reader from
// the very long string record (record 7, subtype 14).

/** SYSMIS, the system-missing value: -DBL_MAX. */
export const SYSMIS = -Number.MAX_VALUE;
/** HIGHEST and LOWEST as used in missing-value ranges (the largest finite double, and the one after -DBL_MAX). */
export const HIGHEST = Number.MAX_VALUE;
export const LOWEST = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, 0xffeffffffffffffen);
  return view.getFloat64(0);
})();

/** Compression bias: a compressed code c in 1..251 stands for the number c - bias. */
export const BIAS = 100;

/** Print/write format types used here (PSPP's format.def numbering). */
export const FORMAT_TYPE = { A: 1, F: 5, SDATE: 39 } as const;

export function formatCode(type: number, width: number, decimals: number): number {
  return (type << 16) | (width << 8) | decimals;
}

export const MAX_STRING_WIDTH = 32767;
const REAL_VLS_CHUNK = 255;
const EFFECTIVE_VLS_CHUNK = 252;

export function isVeryLong(width: number): boolean {
  return width >= 256;
}

/** Number of segment variables a string of `width` bytes is written as (1 unless very long). */
export function segmentCount(width: number): number {
  return isVeryLong(width) ? Math.ceil(width / EFFECTIVE_VLS_CHUNK) : 1;
}

/** The declared width of segment `i` of a string of `width` bytes. */
export function segmentWidth(width: number, i: number): number {
  if (!isVeryLong(width)) return width;
  return i < segmentCount(width) - 1 ? REAL_VLS_CHUNK : width - i * EFFECTIVE_VLS_CHUNK;
}

/** Bytes of the value stored in segment `i`: bytes [offset, offset + used) of the string. */
export function segmentData(width: number, i: number): { offset: number; used: number; allocated: number } {
  const allocated = Math.ceil(segmentWidth(width, i) / 8) * 8;
  if (!isVeryLong(width)) return { offset: 0, used: width, allocated };
  const offset = Math.min(REAL_VLS_CHUNK * i, width);
  const used = Math.max(0, Math.min(width - REAL_VLS_CHUNK * i, REAL_VLS_CHUNK));
  return { offset, used, allocated };
}

/** 8-byte units a variable occupies in a case (numeric: 1). */
export function unitsOf(width: number): number {
  if (width === 0) return 1;
  let units = 0;
  for (let i = 0; i < segmentCount(width); i++) units += segmentData(width, i).allocated / 8;
  return units;
}
