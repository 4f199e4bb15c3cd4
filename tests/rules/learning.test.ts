// The learning check file (learning.json): optional, validated like every scenario file, and a broken one is
// reported by file, field and what was expected.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../game/rules';

const root = new URL('../../scenarios/', import.meta.url);
const folder = (id: string) => Object.fromEntries(readdirSync(new URL(`${id}/`, root)).filter((n) => n.endsWith('.json'))
  .map((n) => [n, readFileSync(new URL(`${id}/${n}`, root), 'utf8')]));
const ids = readdirSync(root);

function issuesWith(mutate: (learning: any) => void) {
  const files = folder('ultimatum');
  const learning = JSON.parse(files['learning.json']!);
  mutate(learning);
  const r = parseScenario('scenarios/ultimatum', { ...files, 'learning.json': JSON.stringify(learning) });
  if (r.ok) throw new Error('expected the broken learning check to be refused');
  return r.errors;
}

describe('learning.json', () => {
  it.each(ids)('%s ships a valid check of 3 to 5 cited questions', (id) => {
    const r = parseScenario(`scenarios/${id}`, folder(id));
    expect(r.ok ? r.scenario.learning?.questions.length : r.errors).toBeGreaterThanOrEqual(3);
  });

  it('is optional: a folder without it still loads, with no check', () => {
    const { 'learning.json': _, ...files } = folder('ultimatum');
    const r = parseScenario('scenarios/ultimatum', files);
    expect(r.ok && r.scenario.learning).toBeUndefined();
    expect(r.ok).toBe(true);
  });

  it.each([
    ['an answer that is not one of the choices', (l: any) => { l.questions[1].answer = 7; }, 'questions[1].answer', /one of the choices/],
    ['a question with no explanation', (l: any) => { delete l.questions[0].explanation; }, 'questions[0].explanation', /string/],
    ['an unknown section cited', (l: any) => { l.questions[2].source.cite = ['chapter-9']; }, 'questions[2].source.cite[0]', /stalemateToUltimatum/],
    ['too few questions', (l: any) => { l.questions = l.questions.slice(0, 2); }, 'questions', /3 to 5/],
    ['a repeated id', (l: any) => { l.questions[1].id = l.questions[0].id; }, 'questions', /different ids/],
    ['one choice only', (l: any) => { l.questions[0].choices = ['yes']; l.questions[0].answer = 0; }, 'questions[0].choices', /2/],
  ])('reports %s by file, field and expectation', (_, mutate, field, expected) => {
    const errors = issuesWith(mutate);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'scenarios/ultimatum/learning.json', field }));
    expect(errors.find((e) => e.field === field)?.expected).toMatch(expected);
  });

  it('reports malformed JSON as the whole file', () => {
    const r = parseScenario('scenarios/ultimatum', { ...folder('ultimatum'), 'learning.json': '{"questions": [' });
    expect(r.ok ? [] : r.errors).toEqual([expect.objectContaining({ file: 'scenarios/ultimatum/learning.json', field: '(whole file)', expected: expect.stringMatching(/valid JSON/) })]);
  });
});
