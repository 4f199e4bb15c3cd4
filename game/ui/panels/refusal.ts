// A White Cell move the rules refused is named beside the control that made it. The console is not redrawn for a
// refusal (it keeps what was typed), so the shell hands each refusal to the line the console left for its kind of move.
import type { UiState } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';

type Refused = UiState['facilitation']['refused'];
type MoveType = NonNullable<Refused>['type'];

const textOf = (type: MoveType, refused: Refused) => (refused?.type === type ? t('app.error', { message: refused.error.message }) : '');

/** The line beside a control where a refusal of its kind of move is said (empty until there is one). */
export function refusalLine(type: MoveType, refused: Refused): HTMLElement {
  return h('p', { class: 'white-cell-refused', role: 'alert', 'data-refused': type }, textOf(type, refused));
}

/** Says the latest refusal beside its control, and takes away any earlier one and the last confirmation (the move
 *  they confirmed is no longer the White Cell's last). */
export function showRefusal(root: HTMLElement, refused: Refused): void {
  if (!refused) return;
  for (const line of root.querySelectorAll<HTMLElement>('[data-refused]')) line.textContent = textOf(line.dataset.refused as MoveType, refused);
  for (const line of root.querySelectorAll<HTMLElement>('.white-cell-done')) line.replaceChildren();
}
