// The after-action report as Markdown, for the download: the same sections as the screen, with the tracks over
// time as a table (a chart does not travel in plain text) and every cause chain written as one line.
import { t } from '../messages';
import { factionName } from '../format/names';
import { chainText, sourceText } from '../explain/why';
import type { Report, ReportFact } from './report-model';

const bullets = (items: readonly string[]) => (items.length ? items.map((i) => `- ${i}`) : [`- ${t('report.none')}`]);
/** Facts as nested bullets, each with its cause chains a line below it. */
const factLines = (facts: readonly ReportFact[], indent: string) =>
  facts.flatMap((f) => [`${indent}- ${f.text}`, ...f.chains.map((chain) => `${indent}  - ${chainText(chain)}`)]);
/** Table cells cannot hold a pipe or a line break. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportMarkdown(r: Report): string {
  const out: string[] = [`# ${r.title}`, '', `**${r.subtitle}**`, ''];
  out.push(`## ${t('report.endState')}: ${r.endState.title}`, '', r.endState.text, '', r.endState.when);
  if (r.imposed) out.push('', `**${t('report.imposed.reason', { reason: r.imposed.reason })}**`);
  if (r.endState.source) out.push('', `_${sourceText(r.endState.source)}_`);
  out.push('', `## ${t('result.scores')}`, '', t('result.winners', { factions: r.winners.join(', ') }), '');
  for (const s of r.scores) {
    out.push(`- **${s.name}**: ${s.vp}${s.winner ? ' ★' : ''}`);
    // The end state's points, as on screen: with the objectives met, they make up the total.
    if (s.fromEndState !== null) out.push(`  - ${t('result.endStatePoints', { vp: s.fromEndState })}`);
    for (const m of s.met) out.push(`  - ${m}`);
  }
  out.push('', `## ${t('report.causes')}`, '', r.causesIntro, '');
  for (const c of r.causes) {
    out.push(`- ${c.text}${c.holds === null ? '' : ` (${t(c.holds ? 'report.holds' : 'report.holdsNot')})`}`, ...factLines(c.facts, '  '));
  }
  out.push(...factLines(r.decisive, ''));
  if (r.nearMisses.length) out.push('', `### ${t('report.nearMisses')}`, '');
  for (const m of r.nearMisses) {
    out.push(`- **${m.title}**: ${t('report.nearMiss.lacked')}`);
    for (const c of m.unmet) out.push(`  - ${c.text}${c.facts.length ? `: ${c.facts.map((f) => f.text).join('; ')}` : ''}`);
  }
  out.push('', `### ${t('report.story.title')}`, '', r.story.dial.join(' '), '', r.story.bargaining.join(' '), '', `${r.story.paper} _${sourceText(r.story.source)}_`);
  out.push('', `## ${t('report.keyDecisions')}`, '', ...(r.keyDecisions.length ? bullets(r.keyDecisions) : [t('report.noKeyDecisions')]));
  out.push('', `## ${t('report.charts')}`, '');
  if (r.series.length) {
    const turns = Math.max(...r.series.map((s) => s.values.length));
    out.push(`| | ${r.turnLabels.slice(0, turns).map(cell).join(' | ')} |`, `|---|${'---|'.repeat(turns)}`);
    for (const s of r.series) out.push(`| ${cell(s.name)} | ${s.values.join(' | ')} |`);
  } else out.push(t('report.none'));
  out.push('', `## ${t('report.timeline')}`);
  for (const turn of r.turns) {
    out.push('', `### ${turn.heading}`, '', `**${t('report.events')}**`, '', ...bullets(turn.events), '', `**${t('report.orders')}**`, '');
    out.push(...bullets(turn.orders.map((o) => `${factionName(o.faction)}: ${o.text}`)));
    out.push('', `**${t('report.bargaining')}**`, '', ...bullets(turn.bargaining));
    if (turn.moves.length) out.push('', `**${t('report.moves')}**`, '', ...bullets(turn.moves));
    if (turn.whiteCell.length) out.push('', `**${t('report.whiteCell')}**`, '', ...bullets(turn.whiteCell));
    out.push('', `**${t('report.changes')}**`, '', ...bullets(turn.changes));
  }
  out.push('', `## ${t('result.history')}`, '', `**${t('result.historyEnd', { title: r.history.endTitle })}**`, '', r.history.whatHappened, '');
  for (const step of r.history.steps) out.push(`- **${step.date}** ${step.text}`);
  out.push('', `## ${t('report.debrief')}`, '', ...r.debrief.map((q, i) => `${i + 1}. ${q}`));
  if (r.replay) out.push('', `**${t('report.replay.label')}:** ${r.replay.code}. _${r.replay.help}_`);
  return `${out.join('\n')}\n`;
}
