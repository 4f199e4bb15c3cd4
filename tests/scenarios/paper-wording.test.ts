// The game's words against the paper's: the entrapment dial's zones defined as the paper defines them (Myth #1 >
// Belarus' security dilemma and entrapment), endings true at every value their conditions allow, and the paper's
// hedges kept where it hedges.
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../game/rules';
import { TRACKS } from '../../game/rules/tracks';
import { t } from '../../game/ui/messages';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const scenarios = scenarioIds().map(loadScenario);
const { thresholds } = TRACKS.allianceCommitment;
const abandonAt = thresholds.find((th) => th.dir === 'down')!.at;
const entrapAt = thresholds.find((th) => th.dir === 'up')!.at;

describe('the entrapment dial’s zones', () => {
  // "too little commitment to the military alliance might result in being abandoned in case hostilities with an
  // adversary break out": abandonment is being left alone in a war, not Moscow's economic pressure (which is what
  // the game's rules do to a Belarus in the zone, and is said as such).
  const abandonment = /abandonment[^.]*\b(on its own|alone)\b[^.]*\b(hostilities|war)\b[^.]*\bbreaks? out/i;
  // "too much commitment to an ally … might imply participating in a conflict one prefers to avoid".
  const entrapment = /entrapment[^.]*\b(drawn|dragged) into\b[^.]*\b(conflict|war)\b/i;

  it('are defined as the paper defines them on the dial, in the rules handout and in the tutorial', () => {
    const definitions = {
      dial: t('dial.explain'),
      rules: `${t('rules.dial.2', { at: abandonAt })} ${t('rules.dial.3', { at: entrapAt })}`,
      tutorial: t('tutorial.dial.text'),
    };
    for (const [where, text] of Object.entries(definitions)) {
      expect(text, where).toMatch(abandonment);
      expect(text, where).toMatch(entrapment);
    }
    // The rules handout also says what a turn in each zone does in the game, apart from the definition.
    expect(t('rules.dial.2', { at: abandonAt })).toMatch(/\. Each turn there, Belarus’ economy loses Russian support and Russian sharp power grows\.$/);
  });

  it('are explained in every Belarus brief that speaks of abandonment, as being left on one’s own', () => {
    const briefs = scenarios.flatMap((s) => [['brief', s.briefs.belarus], ['advanced brief', s.advancedBriefs?.belarus ?? '']].map(([kind, text]) => ({ where: `${s.id} ${kind}`, text: text! })));
    const speaking = briefs.filter((b) => /abandon/i.test(b.text));
    expect(speaking.length).toBeGreaterThanOrEqual(5);
    for (const { where, text } of speaking) expect(text, where).toMatch(/on your own|alone|without an ally|cannot protect you/);
  });
});

describe('endings reached through the dial', () => {
  /** The least commitment an ending's trigger allows, when its trigger sets one. */
  const leastCommitment = (trigger: Condition[]) => trigger.flatMap((c) => ('track' in c && c.track === 'allianceCommitment' && c.min !== undefined ? [c.min] : []))[0];
  const endings = scenarios.flatMap((s) => s.endStates.map((e) => ({ where: `${s.id} ${e.id}`, text: e.text, min: leastCommitment(e.trigger) })))
    .filter((e) => e.min !== undefined);

  it('say nothing about Belarus’ commitment that the least commitment they allow would belie', () => {
    expect(endings.map((e) => e.where)).toEqual(expect.arrayContaining(['suwalki finlandization', 'ultimatum finlandization']));
    for (const { where, text, min } of endings) {
      // "Deep" commitment, or deep in a zone, is not true at the edge of the zone, still less in the middle of the dial.
      expect(text, where).not.toMatch(/\bdeep\b[^.]*\b(commitment|alliance|zone)\b|\b(commitment|alliance)\b[^.]*\bdeep\b/i);
      if (min! < entrapAt) expect(text, where).not.toMatch(/entrapment zone|entrapped/i);
    }
  });

  it('the Suwałki outpost, reachable at a commitment Belarus’ own objective counts as staying out, says Minsk leans towards Moscow', () => {
    const suwalki = scenarios.find((s) => s.id === 'suwalki')!;
    const outpost = endings.find((e) => e.where === 'suwalki finlandization')!;
    const stayOut = suwalki.objectives.find((o) => o.id === 'by-not-our-war')!;
    const most = stayOut.condition.flatMap((c) => ('track' in c && c.track === 'allianceCommitment' && c.max !== undefined ? [c.max] : []))[0]!;
    // Both can hold at once: the ending's text must be true in the middle of the dial too.
    expect(outpost.min).toBeLessThanOrEqual(most);
    expect(outpost.min).toBeGreaterThan(abandonAt);
    expect(outpost.text).toMatch(/leans towards Moscow/);
  });
});

describe('the paper’s hedges', () => {
  it('the 31st roadmap "allegedly" provided for supranational bodies: the learning answer and history say so as the paper does', () => {
    const ultimatum = scenarios.find((s) => s.id === 'ultimatum')!;
    const question = ultimatum.learning!.questions.find((q) => q.id === 'roadmap-31')!;
    expect(question.choices[question.answer]).toMatch(/^It allegedly provided for supranational bodies/);
    expect(question.explanation).toMatch(/said to create supranational bodies/);
    const told = [...ultimatum.history.steps.map((s) => s.text), ultimatum.history.whatHappened].flatMap((text) => text.split(/(?<=\.) /))
      .filter((sentence) => /31st/.test(sentence) && /supranational/.test(sentence) && !/postponed/.test(sentence));
    expect(told.length).toBe(2);
    for (const sentence of told) expect(sentence).toMatch(/allegedly|said to/);
  });
});
