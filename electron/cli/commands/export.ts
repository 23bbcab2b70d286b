import { basename } from 'node:path';
import { EXPORT_FORMATS, exportDesign, exportFormat, formatForFileName, type ExportFormatId } from '../../../shared/diagram/formats';
import type { ThemeName } from '../../../shared/diagram/theme';
import { oneOf, parseCommandArgs } from '../args';
import { EXIT, UsageError, type CliCommand } from '../io';
import { readProjectFile } from '../readProjectFile';
import { writeOutputFile } from '../writeOutputFile';

const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id);

const USAGE = `Usage: virtlab export <file> --format ${FORMAT_IDS.join('|')} [--out PATH] [--force] [--theme light|dark] [--title TEXT]

Exports a project (*.virtlab.json, or an SVG exported by VirtLab) without opening the app.

Formats:
${EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(8)} ${f.label} (.${f.extension})`).join('\n')}

Options:
  -f, --format FORMAT  one of the formats above; may be left out when --out ends in a known extension
  -o, --out PATH       write to this file (atomically); without it, or with "-", print to stdout
      --force          replace PATH if it already exists (otherwise an existing file is never touched)
      --theme THEME    light (default) or dark; SVG only
      --title TEXT     diagram heading (SVG, DOT, Mermaid); defaults to the file's name
  -h, --help           show this help

The SVG embeds the project, so "virtlab validate diagram.svg" or opening it in VirtLab brings the
design back. PNG and PDF are produced by the app (its Export command), which renders the diagram; the
command line has no renderer and does not offer them.

Exit codes: 0 exported; 1 the file's content is not a loadable project;
2 bad usage, unreadable input, or the output cannot be written (exists without --force, no folder, no permission).`;

/** "lab.virtlab.json" -> "lab": a default diagram title from the input file's name. */
const titleFromFile = (file: string) => basename(file).replace(/\.(virtlab\.json|json|svg)$/i, '') || 'VirtLab design';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: `Export a project as ${FORMAT_IDS.join(', ')} (PNG/PDF: from the app)`,
  usage: USAGE,
  async run(args, io) {
    const { file, values } = parseCommandArgs(args, {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      theme: { type: 'string' },
      title: { type: 'string' },
    });
    const out = values.out === '-' ? undefined : values.out;
    const theme = oneOf<ThemeName>('theme', values.theme, ['light', 'dark']);
    if (values.format?.toLowerCase() === 'png' || values.format?.toLowerCase() === 'pdf') {
      throw new UsageError(`${values.format} is rendered by the app (its Export command), not the command line; export svg here and convert it, or use the app.`);
    }
    const format: ExportFormatId | undefined = values.format !== undefined
      ? oneOf('format', values.format, FORMAT_IDS)
      : out ? formatForFileName(out)?.id : undefined;
    if (!format) {
      throw new UsageError(out ? `cannot tell the format from "${out}"; pass --format ${FORMAT_IDS.join('|')}.` : `missing --format (${FORMAT_IDS.join('|')}).`);
    }
    if (theme && format !== 'svg') io.stderr.write(`virtlab export: note: --theme only changes SVG output; ignored for ${format}.\n`);

    const loaded = await readProjectFile(file);
    if (!loaded.ok) {
      io.stderr.write(`virtlab export: ${loaded.message}\n`);
      return loaded.exit;
    }
    for (const w of loaded.warnings) io.stderr.write(`virtlab export: ${file}: repaired while loading: ${w}\n`);

    const text = exportDesign(loaded.design, format, { title: values.title ?? titleFromFile(file), ...(theme ? { theme } : {}) });
    if (!out) {
      io.stdout.write(text);
      return EXIT.ok;
    }
    const written = await writeOutputFile(out, text, values.force === true);
    if (!written.ok) {
      io.stderr.write(`virtlab export: ${written.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`virtlab export: wrote ${out} (${exportFormat(format)!.label}, ${Buffer.byteLength(text, 'utf8')} bytes).\n`);
    return EXIT.ok;
  },
};
