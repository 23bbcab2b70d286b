import type { Design } from '../../model';
import { CONTRACT, type ChannelKey, type DesignSnapshot, type EventKey, type EventPayloads, type IpcResult, type Responses } from '../../ipc/contract';
import { parseProject, serializeProject } from '../../schema/project';
import { buildTemplate, templateSummaries } from '../../templates/registry';
import { applyCommand } from '../commands/apply';
import type { Command } from '../commands/types';
import { emptyDesign } from '../design';
import type { NodeId } from '../../model';
import { LiveValidator } from '../validation/liveValidator';
import { SimService, type YieldToHost } from './simService';

const UNDO_LIMIT = 500;

type Emit = <E extends EventKey>(event: E, payload: EventPayloads[E]) => void;

/**
 * The engine behind the contract: holds the design and its undo history and answers channel
 * requests. The Electron main process and the web edition's Worker both host exactly this class.
 */
export class EngineHost {
  private design: Design = emptyDesign();
  private past: Design[] = [];
  private future: Design[] = [];
  private revision = 0;
  private readonly validator = new LiveValidator();

  private readonly sim: SimService;

  /** `yieldToHost` lets long simulation runs pause between chunks (pass a macrotask, e.g. setTimeout 0) so cancels get through. */
  constructor(private readonly emit: Emit = () => {}, yieldToHost?: YieldToHost) {
    this.sim = new SimService(() => this.design, (event, payload) => this.emit(event, payload), yieldToHost);
  }

  /** The current design, for hosts that save it (main process) or tests. */
  current(): Design {
    return this.design;
  }

  snapshot(): DesignSnapshot {
    // With no events the validator diffs against the design it saw last (undo, redo, replace).
    const findings = this.validator.update(this.design);
    return { design: this.design, revision: this.revision, canUndo: this.past.length > 0, canRedo: this.future.length > 0, findings };
  }

  /** Handles one request already validated against the contract. Never throws. */
  handle<K extends ChannelKey>(key: K, request: unknown): IpcResult<Responses[K]> {
    try {
      return this.dispatch(key, request) as IpcResult<Responses[K]>;
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: `The engine failed on ${CONTRACT[key].channel}: ${(e as Error).message}` } };
    }
  }

  /** Validates a raw payload with the channel's zod schema, then handles it. */
  handleRaw<K extends ChannelKey>(key: K, payload: unknown): IpcResult<Responses[K]> {
    const parsed = CONTRACT[key].request.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, error: { code: 'bad-request', message: `Malformed request on ${CONTRACT[key].channel}: ${issue.path.join('.') || 'payload'}: ${issue.message}`, path: issue.path.join('.') } };
    }
    return this.handle(key, parsed.data);
  }

  /** Replaces the design wholesale (open file, new, template) and clears history. */
  replace(design: Design): DesignSnapshot {
    this.design = design;
    this.past = [];
    this.future = [];
    this.revision++;
    const snapshot = this.snapshot();
    this.emit('designChanged', { snapshot, events: [] });
    return snapshot;
  }

  private dispatch(key: ChannelKey, request: unknown): IpcResult<unknown> {
    switch (key) {
      case 'designGet':
        return { ok: true, value: this.snapshot() };
      case 'designCommand':
        return this.command((request as { command: Command }).command);
      case 'designUndo':
        return this.travel(this.past, this.future);
      case 'designRedo':
        return this.travel(this.future, this.past);
      case 'designNew':
        return { ok: true, value: this.replace(emptyDesign()) };
      case 'projectLoad': {
        const parsed = parseProject((request as { text: string }).text);
        if (!parsed.ok) return parsed;
        return { ok: true, value: { snapshot: this.replace(parsed.value.design), warnings: parsed.value.warnings } };
      }
      case 'preflight': {
        const r = request as { vm: string; destination: string };
        this.validator.update(this.design);
        return this.validator.preflight(r.vm as NodeId, r.destination as NodeId);
      }
      case 'ledger':
        this.validator.update(this.design);
        return this.validator.ledger((request as { id: string }).id as NodeId);
      case 'projectSerialize':
        return { ok: true, value: { text: serializeProject(this.design, undefined, (request as { compact?: boolean }).compact ? 0 : 2) } };
      case 'templateList':
        return { ok: true, value: { templates: templateSummaries() } };
      case 'templateNew': {
        const built = buildTemplate((request as { id: string }).id);
        return built.ok ? { ok: true, value: { snapshot: this.replace(built.value), warnings: [] } } : built;
      }
      case 'simRun':
        return this.sim.run(request as Parameters<SimService['run']>[0]);
      case 'simCancel':
        return this.sim.cancel(request as { runId: string });
      case 'migrationRun':
        return this.sim.migration(request as Parameters<SimService['migration']>[0]);
      case 'consolidationPlan':
        return this.sim.consolidationPlan(request as Parameters<SimService['consolidationPlan']>[0]);
      default:
        return { ok: false, error: { code: 'unsupported', message: `${CONTRACT[key].channel} is served by the desktop app only.` } };
    }
  }

  private command(cmd: Command): IpcResult<Responses['designCommand']> {
    const result = applyCommand(this.design, cmd);
    if (!result.ok) return result;
    this.past.push(this.design);
    if (this.past.length > UNDO_LIMIT) this.past.shift();
    this.future = [];
    this.design = result.value.design;
    this.validator.update(this.design, result.value.events);
    this.revision++;
    const value = { snapshot: this.snapshot(), events: result.value.events };
    this.emit('designChanged', value);
    return { ok: true, value };
  }

  private travel(from: Design[], to: Design[]): IpcResult<DesignSnapshot> {
    const target = from.pop();
    if (!target) return { ok: false, error: { code: 'nothing-to-undo', message: from === this.past ? 'Nothing to undo.' : 'Nothing to redo.' } };
    to.push(this.design);
    this.design = target;
    this.revision++;
    const snapshot = this.snapshot();
    this.emit('designChanged', { snapshot, events: [] });
    return { ok: true, value: snapshot };
  }
}
