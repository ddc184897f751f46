// The archive list the post-build-pipeline plugin writes with createData before pages render
// (plugins/post-build-pipeline/example-archives.ts); Docusaurus resolves @generated to .docusaurus/.
declare module '@generated/post-build-pipeline/default/example-archives.json' {
  import type {ExampleArchiveInfo} from '@site/plugins/post-build-pipeline/example-archives';

  const archives: readonly ExampleArchiveInfo[];
  export default archives;
}
