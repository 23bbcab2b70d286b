import type { EdgeId, NodeId } from '../../model';
import type { Command } from '../commands/types';

export type Severity = 'error' | 'warning' | 'info';

/** A one-click repair: the command that fixes the finding (one undo step). */
export interface QuickFix { label: string; command: Command }

/** One result of a rule: what is wrong, where, the concept behind it, and how to fix it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One line naming the elements: "VM web-1 needs VT-x, host-2 has none". */
  message: string;
  /** The concept a student should learn from it, in a short paragraph. */
  explanation: string;
  /** The elements and connections it points at; the first is the one to focus. */
  targets: (NodeId | EdgeId)[];
  fixes: QuickFix[];
  /** The assumptions (ratios, overheads, thresholds) the verdict relied on, in words. */
  assumptions?: string[];
}
