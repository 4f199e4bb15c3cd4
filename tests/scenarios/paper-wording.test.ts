// The game's words against the paper's: the entrapment dial's zones defined as the paper defines them (Myth #1 >
// Belarus' security dilemma and entrapment), endings true at every value their conditions allow, and the paper's
// hedges kept where it hedges.
import { describe, expect, it } from 'vitest';
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
