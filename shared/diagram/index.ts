// Diagram and text exports of a design, shared by the app (renderer) and the `virtlab` CLI.
export { toSvg, type SvgOptions } from './svg';
export { projectFromSvg, projectMetadata, PROJECT_NS } from './svgMetadata';
export { toJson } from './json';
export { toDot, type DotOptions } from './dot';
export { toMermaid, type MermaidOptions } from './mermaid';
export { toCsv, CSV_COLUMNS } from './csv';
export { vmInventory, type VmInventoryRow } from './inventory';
export { EXPORT_FORMATS, FILE_FORMATS, FILE_FORMAT_IDS, exportDesign, exportFormat, fileFormat, formatForFileName, type ExportFormat, type ExportFormatId, type ExportOptions, type FileFormat, type FileFormatId } from './formats';
export { projectNameOf, projectTextFromFile, isExportKind, type ProjectFileKind, type ProjectFileResult, type Utf8Decoder } from './projectFile';
export { embedProjectInPng, projectTextFromPng, isPng, PngFormatError } from './pngChunks';
export { summarizeDesign, countsLine, countOf, type DesignSummary } from './summary';
export { placeBoxes, type Box, type Placement } from './geometry';
export { THEMES, type ThemeName } from './theme';
export { RELATION_STYLES } from './relationStyles';
