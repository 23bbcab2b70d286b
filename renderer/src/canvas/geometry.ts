import type { Element } from '../../../shared/model';
import { isContainerKind } from '../../../shared/diagram/boxes';

export { BOX, HEADER, PAD, isContainerKind } from '../../../shared/diagram/boxes';

/** Drawn as a box holding others: a container kind, or any element something runs in. */
export const isContainer = (el: Element, hasChildren: boolean) => isContainerKind(el.kind) || hasChildren;
