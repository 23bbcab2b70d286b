import type { Design } from '../../../shared/model';
import type { Finding } from '../../../shared/engine/rules/types';
import { summarizeDesign } from '../../../shared/diagram/summary';
import { validateDesign } from '../../../shared/engine/validation/validate';
import { parseCommandArgs } from '../args';
import { bySeverity, nameTargets, plural, severityCounts } from '../findingText';
import { EXIT, type CliCommand, type CliIo } from '../io';
import { readProjectFile } from '../readProjectFile';
import { summaryLines } from '../summaryText';

/** The rule engine the command runs: every finding for a design. */
export type Validator = (design: Design) => Finding[];

const USAGE = `Usage: virtlab validate <file> [--json]

Loads a project (*.virtlab.json, or an SVG exported by VirtLab), repairs what it can, runs every
validation rule and prints a summary and each finding (severity, rule id, elements, message).

Options:
  --json      print one JSON document {file, valid, summary, warnings, findings} on stdout
  -h, --help  show this help

Exit codes:
  0  valid: loaded, and no finding of severity "error" (warnings and info do not fail)
  1  invalid: at least one error finding, or the file's content is not a loadable project
     (not JSON, not a VirtLab project, a newer format, an SVG without an embedded project)
  2  bad usage, or the file cannot be read (missing, a folder, permission denied)`;

const pad = (s: string, n: number) => s.padEnd(n);

function printText(io: CliIo, file: string, design: Design, warnings: string[], findings: Finding[]): void {
  const out: string[] = [file, ...summaryLines(summarizeDesign(design))];
  if (warnings.length) out.push('', `Repaired while loading (${warnings.length}):`, ...warnings.map((w) => `  - ${w}`));
  const c = severityCounts(findings);
  out.push('', `Findings: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`);
  const ruleWidth = Math.max(0, ...findings.map((f) => f.ruleId.length));
  for (const f of bySeverity(findings)) {
    const targets = nameTargets(design, f.targets).map((t) => `${t.name} [${t.id}]`).join(', ');
    out.push(`  ${pad(f.severity, 8)} ${pad(f.ruleId, ruleWidth)}  ${targets}`);
    out.push(`  ${' '.repeat(9)}${f.message}`);
    for (const a of f.assumptions ?? []) out.push(`  ${' '.repeat(9)}assumes: ${a}`);
  }
  out.push('', c.error ? `INVALID: ${plural(c.error, 'error')}.` : `VALID: no errors${c.warning ? ` (${plural(c.warning, 'warning')})` : ''}.`);
  io.stdout.write(`${out.join('\n')}\n`);
}

/** `virtlab validate`, running the given rule engine. */
export function createValidateCommand(validate: Validator): CliCommand {
  return {
    name: 'validate',
    summary: 'Check a project against every validation rule (exit 0 valid, 1 invalid)',
    usage: USAGE,
    async run(args, io) {
      const { file, values } = parseCommandArgs(args, { json: { type: 'boolean' } });
      const loaded = await readProjectFile(file);
      if (!loaded.ok) {
        if (values.json) io.stdout.write(`${JSON.stringify({ file, valid: false, error: { code: loaded.code, message: loaded.message } }, null, 2)}\n`);
        io.stderr.write(`virtlab validate: ${loaded.message}\n`);
        return loaded.exit;
      }
      const findings = validate(loaded.design);
      const valid = !findings.some((f) => f.severity === 'error');
      if (values.json) {
        const report = {
          file,
          valid,
          summary: summarizeDesign(loaded.design),
          warnings: loaded.warnings,
          counts: severityCounts(findings),
          findings: bySeverity(findings).map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            explanation: f.explanation,
            targets: nameTargets(loaded.design, f.targets),
            assumptions: f.assumptions ?? [],
            fixes: f.fixes.map((q) => q.label),
          })),
        };
        io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        printText(io, file, loaded.design, loaded.warnings, findings);
      }
      return valid ? EXIT.ok : EXIT.invalid;
    },
  };
}

/** `virtlab validate` with the engine's full rule set. */
export const validateCommand: CliCommand = createValidateCommand(validateDesign);
