'use client';

// KaTeX's stylesheet refers to its fonts by relative URL, so Next bundles them: no CDN, works offline.
import 'katex/dist/katex.min.css';
import { useMemo, type ComponentProps } from 'react';
import { ErrorBoundary, getErrorMessage } from 'react-error-boundary';
import Markdown, { type Components } from 'react-markdown';
import rehypeKatex, { type Options as KatexOptions } from 'rehype-katex';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { MimeBundle } from '@/lib/notebook/types';
import { blockNestingDepth, MAX_BLOCK_NESTING, remarkDepthLimit, TOO_DEEP_NOTE } from './markdownDepth';
import { isExternalUrl, markdownUrlTransform, rehypeAttachments } from './markdownImages';
import styles from './MarkdownView.module.css';

/**
 * GitHub's sanitising schema plus remark-math's class names on <code>, so math survives
 * sanitising and KaTeX (which runs after it, so its own markup is not stripped) can find it;
 * and data: image sources, which markdownUrlTransform then narrows to base64 rasters.
 */
export const MARKDOWN_SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
  },
  protocols: { ...defaultSchema.protocols, src: [...(defaultSchema.protocols?.src ?? []), 'data'] },
};

/** KaTeX limits for untrusted input: no \href or \htmlData, and bounded macro expansion and sizes. */
const KATEX_OPTIONS: KatexOptions = { strict: 'ignore', trust: false, maxExpand: 1000, maxSize: 100 };

function Link({ node: _node, href, children, ...rest }: ComponentProps<'a'> & { node?: unknown }) {
  const external = href !== undefined && isExternalUrl(href);
  return (
    <a href={href} {...rest} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}

/**
 * Images from other origins are not fetched: Sparkbook makes no request off its origin, and a
 * shared notebook could otherwise track its readers. The alt text stands in for them.
 */
function Image({ node: _node, src, alt, ...rest }: ComponentProps<'img'> & { node?: unknown }) {
  if (typeof src !== 'string' || src === '' || isExternalUrl(src)) {
    return (
      <span className={styles.blockedImage} title={typeof src === 'string' ? src : undefined}>
        [image{alt ? `: ${alt}` : ''}]
      </span>
    );
  }
  return <img src={src} alt={alt ?? ''} {...rest} />;
}

const COMPONENTS: Components = { a: Link, img: Image };

/** Markdown shown as its source text, with a note saying why it was not rendered. */
function PlainMarkdown({ source, note }: { source: string; note: string }) {
  return (
    <div className={styles.markdown}>
      <p className={styles.plainNote} role="note">
        {note}
      </p>
      <pre className={styles.plainSource}>{source}</pre>
    </div>
  );
}

const renderFailedNote = (error: unknown) =>
  `This Markdown could not be displayed (${getErrorMessage(error) ?? 'unknown error'}), so it is shown as plain text.`;

type MarkdownViewProps = { source: string; attachments?: Record<string, MimeBundle> };

/**
 * Markdown with GitHub extensions and $math$, rendered safely: raw HTML is dropped by the
 * sanitiser (so <script> and onerror= are inert), javascript: URLs are removed, and external
 * links open in a new tab without access to this one. `attachments` are a Jupyter cell's
 * attachments, for `![](attachment:name.png)`. Markdown nested too deeply to render, or that
 * fails to render for any other reason, is shown as plain text rather than breaking the page.
 */
export function MarkdownView({ source, attachments }: MarkdownViewProps) {
  const tooDeep = useMemo(() => blockNestingDepth(source) > MAX_BLOCK_NESTING, [source]);
  if (tooDeep) return <PlainMarkdown source={source} note={TOO_DEEP_NOTE} />;
  return (
    <ErrorBoundary
      resetKeys={[source, attachments]}
      fallbackRender={({ error }) => <PlainMarkdown source={source} note={renderFailedNote(error)} />}
    >
      <RenderedMarkdown source={source} attachments={attachments} />
    </ErrorBoundary>
  );
}

function RenderedMarkdown({ source, attachments }: MarkdownViewProps) {
  const resolveAttachments = useMemo(() => rehypeAttachments(attachments), [attachments]);
  return (
    <div className={styles.markdown}>
      <Markdown
        remarkPlugins={[remarkDepthLimit, remarkGfm, remarkMath]}
        rehypePlugins={[resolveAttachments, [rehypeSanitize, MARKDOWN_SANITIZE_SCHEMA], [rehypeKatex, KATEX_OPTIONS]]}
        urlTransform={markdownUrlTransform}
        components={COMPONENTS}
      >
        {source}
      </Markdown>
    </div>
  );
}
