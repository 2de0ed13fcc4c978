import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import OriginalCodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';

// What the theme's own client module would have done on every page (see plugins/performance):
// add `themeConfig.prism.additionalLanguages` to prism-react-renderer's Prism instance.
prismIncludeLanguages(Prism);

const CodeBlock: typeof CodeBlockType = OriginalCodeBlock;
export default CodeBlock;
