import { findPage } from '@/content/page-catalog';
import { useDocumentTitle } from '@/platform/use-document-title';
import './about.css';

export function AboutPage() {
  const page = findPage('about-safety');
  useDocumentTitle('About & safety');
  return (
    <article className="page prose about">
      <h1>{page?.title ?? 'About & safety'}</h1>
      {/* Our own Markdown from content/pages, rendered at build time. */}
      {page && <div dangerouslySetInnerHTML={{ __html: page.html }} />}
    </article>
  );
}
