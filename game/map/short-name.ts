// Short labels for long names: "Volga radar, Hantsavichy (leased to Russia)" wraps into a block
// that hides the map, so the map shows "Volga radar" and the tooltip and briefs keep the full name.

/** Names up to this many characters are shown whole. */
const SHORT_LABEL = 22;

/** The name, or if it is long, the text before its first comma, parenthesis or colon (a question keeps its mark). */
export function shortName(name: string): string {
  if (name.length <= SHORT_LABEL) return name;
  return /^(.+?)(?:\s*[,(:]|(?<=\?)\s)/.exec(name)?.[1] ?? name;
}
