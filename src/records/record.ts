/** The one shape of a validated record, from the validator through the content loaders to every page. */
export interface Rec<T> {
  /** File name without extension: the record's id. */
  id: string;
  /** Path of the record file from the project root, e.g. `content/incidents/2025/x.md`. */
  file: string;
  data: T;
  /** Markdown after the frontmatter. */
  body: string;
}
