// A date line as pages print it, in any language: 12.03.2024, 2024-03-12, 2024年3月12日, 12 mars 2024,
// March 12, 2024. Language-free on purpose (digits, a year, any word for the month): the detector runs
// it on every page and must stay tiny. Callers read it on short elements only (a dateline, not a
// paragraph that mentions a year).
export const DATE_TEXT = /(?:^|\D)(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?(?:19|20)\d\d|(?:19|20)\d\d\s?[./-年]\s?\d{1,2}\s?[./-月]\s?\d{1,2}|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+(?:19|20)\d\d|\p{L}{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)(?:\D|$)/u;
