import type { EdgeId, Design, Kind, NodeId, NodeLayout, ProjectSettings, RelationKind } from '../../model';
import type { Result } from '../result';

/** Every change to a design is one of these. Serializable, so it can cross IPC and be journaled. */
export type Command =
  | { type: 'addNode'; kind: Kind; parentId?: NodeId | null; position: { x: number; y: number }; props?: Record<string, unknown> }
  | { type: 'moveNodes'; moves: { id: NodeId; x: number; y: number; width?: number; height?: number }[] }
  | { type: 'nestNode'; id: NodeId; parentId: NodeId | null; position: { x: number; y: number } }
  | { type: 'connect'; source: NodeId; target: NodeId; relation?: RelationKind; props?: Record<string, unknown> }
  | { type: 'setProps'; id: NodeId | EdgeId; props: Record<string, unknown> }
  | { type: 'remove'; ids: (NodeId | EdgeId)[] }
  /** Copies elements with their nested children and the connections among the copies. */
  | { type: 'duplicate'; ids: NodeId[]; offset: { x: number; y: number } }
  /** Changes some project settings (thresholds and ratios the rules use); the rest stay as they are. */
  | { type: 'setSettings'; settings: Partial<ProjectSettings> }
  /** Several commands applied as one step (one undo), e.g. a quick-fix or a paste. */
  | { type: 'batch'; label: string; commands: Command[] };

export type CommandType = Command['type'];

/** What happened, in order. The UI animates these; the journal and replay are built on them. */
export type DomainEvent =
  | { type: 'nodeAdded'; id: NodeId; kind: Kind; parentId: NodeId | null }
  | { type: 'nodeMoved'; id: NodeId; layout: NodeLayout }
  | { type: 'nodeNested'; id: NodeId; from: NodeId | null; to: NodeId | null }
  | { type: 'edgeAdded'; id: EdgeId; relation: RelationKind; source: NodeId; target: NodeId }
  | { type: 'propsChanged'; id: NodeId | EdgeId; keys: string[] }
  | { type: 'nodeRemoved'; id: NodeId; kind: Kind; cascade: boolean }
  | { type: 'edgeRemoved'; id: EdgeId; cascade: boolean }
  /** Project settings changed: the keys whose values differ (every finding may depend on them). */
  | { type: 'settingsChanged'; keys: (keyof ProjectSettings)[] };

export interface Applied { design: Design; events: DomainEvent[] }
export type CommandResult = Result<Applied>;
