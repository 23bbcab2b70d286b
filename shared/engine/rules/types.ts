import type { EdgeId, NodeId } from '../../model';
import type { Command } from '../commands/types';
import type { ValidationContext } from '../validation/context';

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
  /** Stable key of this finding while it exists: `${ruleId}|${subject}|${n}` (React keys, selection). */
  key?: string;
}

/** What a rule reports; the validator adds the rule id, default severity, explanation and key. */
export interface FindingDraft {
  message: string;
  targets: (NodeId | EdgeId)[];
  fixes?: QuickFix[];
  assumptions?: string[];
  severity?: Severity;
}

export type Report = (draft: FindingDraft) => void;

/** Where a rule sits in the catalogue (and in the course notes). */
export type RuleGroup = 'layering' | 'guest-modes' | 'xen' | 'capacity' | 'network' | 'storage' | 'containers' | 'cluster' | 'services';

/**
 * A validation rule. It checks one *subject* at a time (an element, a connection, or a group key
 * such as an IP address), so the live validator can re-check only the subjects an edit touched.
 */
export interface Rule {
  /** Stable kebab-case id; never changes once released. */
  id: string;
  severity: Severity;
  group: RuleGroup;
  /** A short title for lists: "Type-1 hypervisor runs on hardware". */
  title: string;
  /** The concept a student learns, tied to the course notes (unit 2). */
  explanation: string;
  /** Every subject to check in a full pass. */
  subjects(ctx: ValidationContext): Iterable<string>;
  /** Checks one subject; a subject that no longer exists reports nothing. */
  check(ctx: ValidationContext, subject: string, report: Report): void;
  /**
   * Subjects whose verdict may depend on element `changed`. Called on the design before the
   * edit and again after it, so a rule only describes what one state reads. `keys`, when given,
   * are the only properties of `changed` the edit set (its place and connections are unchanged);
   * undefined means anything may have changed (added, removed, moved, or an undo).
   */
  affects(ctx: ValidationContext, changed: string, add: (subject: string) => void, keys?: ReadonlySet<string>): void;
  /** Its quick-fixes name ids that do not exist yet (`kind-<nextSeq>`): refresh them when nextSeq moves. */
  fixUsesNextSeq?: boolean;
}
