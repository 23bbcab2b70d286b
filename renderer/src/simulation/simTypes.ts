import type { EventPayloads } from '../../../shared/ipc/contract';

/*
 * The simulation's data as the contract delivers it. Derived from the contract's event payloads
 * (not imported from the engine's modules), so the panel depends only on what crosses the door.
 */

/** One logged event of a run: sim time `t`, position `seq`. */
export type LoggedSimEvent = EventPayloads['simEvents']['events'][number];
/** An event without its log stamp. */
export type SimEvent = LoggedSimEvent extends infer E ? (E extends unknown ? Omit<E, 'seq' | 't'> : never) : never;
/** The end of a run: every VM's fate and every migration's outcome. */
export type ScenarioReport = NonNullable<EventPayloads['simDone']['report']>;
export type VmOutcome = ScenarioReport['vms'][number];
export type MigrationOutcome = ScenarioReport['migrations'][number];
/** A migration's figures without its rows. */
export type MigrationSummary = NonNullable<MigrationOutcome['summary']>;
