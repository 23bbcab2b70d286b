// The list of export formats, data only: the IPC contract (loaded in the preload) imports it without the exporters.

/** Every file VirtLab exports. The app, the desktop writer (IPC) and the CLI all take their list from here. */
export const FILE_FORMAT_IDS = ['svg', 'png', 'pdf', 'json', 'dot', 'mermaid', 'csv'] as const;
export type FileFormatId = (typeof FILE_FORMAT_IDS)[number];

/** Formats written as text from the design alone (the CLI offers these); PNG and PDF are drawn from the canvas by the app. */
export type ExportFormatId = Exclude<FileFormatId, 'png' | 'pdf'>;

export interface FileFormat {
  id: FileFormatId;
  label: string;
  /** One line under the label: what the file is for. */
  description: string;
  /** File name ending, without the dot. */
  extension: string;
  mime: string;
  /** The file carries the project: Open (app) and `virtlab validate` (CLI) accept it back. */
  reopens: boolean;
  /** Rasterised from the canvas by the app, not written from the design: the CLI cannot make it. */
  raster: boolean;
}

/** A text export the app and the CLI both offer. */
export type ExportFormat = FileFormat & { id: ExportFormatId; raster: false };

export const FILE_FORMATS: readonly FileFormat[] = [
  { id: 'svg', label: 'SVG diagram', description: 'Vector architecture diagram; reopens in VirtLab.', extension: 'svg', mime: 'image/svg+xml', reopens: true, raster: false },
  { id: 'png', label: 'PNG image', description: 'The canvas as a picture at 2×; reopens in VirtLab.', extension: 'png', mime: 'image/png', reopens: true, raster: true },
  { id: 'pdf', label: 'PDF document', description: 'The canvas on one page, for printing and handing in.', extension: 'pdf', mime: 'application/pdf', reopens: false, raster: true },
  { id: 'json', label: 'VirtLab project (JSON)', description: 'The project file itself.', extension: 'virtlab.json', mime: 'application/json', reopens: true, raster: false },
  { id: 'dot', label: 'Graphviz DOT', description: 'For `dot -Tsvg` and other Graphviz tools.', extension: 'dot', mime: 'text/vnd.graphviz', reopens: false, raster: false },
  { id: 'mermaid', label: 'Mermaid flowchart', description: 'Text diagram for Markdown, wikis and the Mermaid CLI.', extension: 'mmd', mime: 'text/plain', reopens: false, raster: false },
  { id: 'csv', label: 'VM inventory (CSV)', description: 'One row per VM, for spreadsheets.', extension: 'csv', mime: 'text/csv', reopens: false, raster: false },
];

const isTextFormat = (f: FileFormat): f is ExportFormat => !f.raster;

/** The formats written from the design alone, in menu order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = FILE_FORMATS.filter(isTextFormat);

/** Any file format by id, or undefined. */
export const fileFormat = (id: string): FileFormat | undefined => FILE_FORMATS.find((f) => f.id === id);
